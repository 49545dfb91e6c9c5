// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenCTI and TAXII source editors, offscreen: settings in and out, every problem naming its
// field, and TAXII's Discover filling the collections from the simulator's TAXII server (and saying
// in the editor why it could not), without blocking.
#include "SimServer.h"
#include "SimTaxii.h"
#include "config/Translations.h"
#include "exchange/TaxiiPullJob.h"
#include "ioc/OpenCtiSourceEditor.h"
#include "ioc/TaxiiSourceEditor.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSourceEditors : public QObject
{
    Q_OBJECT

    std::unique_ptr<s1sim::SimServer> m_sim;

    static bool anyStartsWith(const QStringList &problems, const QString &field)
    {
        for (const QString &p : problems)
            if (p.startsWith(field))
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        config::installTranslations(QLocale(QLocale::English));
        m_sim = std::make_unique<s1sim::SimServer>(s1sim::SimOptions());
        QVERIFY(m_sim->listen() != 0);
    }

    void openCtiEditor()
    {
        std::unique_ptr<SourceEditor> editor(SourceEditor::create(u"opencti"_s, IocAreaContext {}, nullptr));
        QVERIFY(qobject_cast<OpenCtiSourceEditor *>(editor.get()));
        QVERIFY(editor->problems().isEmpty());
        QJsonObject s = editor->settings();
        QCOMPARE(s.value(u"minScore"_s).toInt(), 0);
        QCOMPARE(s.value(u"maxMarking"_s).toString(), u"TLP:AMBER"_s);
        QCOMPARE(s.value(u"initialDays"_s).toInt(), 30);

        exchange::IocSource source;
        source.kind = u"opencti"_s;
        source.settings = QJsonObject {{u"minScore"_s, 60}, {u"labels"_s, QJsonArray {u"c2"_s, u"botnet"_s}},
            {u"maxMarking"_s, u"TLP:GREEN"_s}, {u"initialDays"_s, 7}, {u"pageSize"_s, 100}};
        editor->load(source);
        QCOMPARE(editor->settings(), source.settings);
        QSignalSpy changed(editor.get(), &SourceEditor::changed);
        auto *labels = editor->findChild<QLineEdit *>(u"labels"_s);
        labels->setText(u"ransomware, , phishing"_s);
        QVERIFY(changed.count() > 0);
        QCOMPARE(
            editor->settings().value(u"labels"_s).toArray(), (QJsonArray {u"ransomware"_s, u"phishing"_s}));
        editor->findChild<QComboBox *>(u"maxMarking"_s)->setCurrentIndex(4);
        QCOMPARE(editor->settings().value(u"maxMarking"_s).toString(), u"TLP:RED"_s);
        QVERIFY(editor->secret().isEmpty());

        // A setting the editor does not show, out of range: the problem names the field.
        source.settings.insert(u"pageSize"_s, 9999);
        editor->load(source);
        const QStringList problems = editor->problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(u"Page size:"_s), qPrintable(problems.first()));
    }

    void taxiiProblemsNameTheFields()
    {
        std::unique_ptr<SourceEditor> editor(SourceEditor::create(u"taxii"_s, IocAreaContext {}, nullptr));
        QVERIFY(qobject_cast<TaxiiSourceEditor *>(editor.get()));
        QStringList problems = editor->problems();
        QVERIFY2(anyStartsWith(problems, u"Server URL:"_s), qPrintable(problems.join(u'\n')));
        QVERIFY2(anyStartsWith(problems, u"Collection:"_s), qPrintable(problems.join(u'\n')));
        editor->findChild<QLineEdit *>(u"url"_s)->setText(u"ftp://x.example.com/"_s);
        QVERIFY(anyStartsWith(editor->problems(), u"Server URL:"_s));
        auto *auth = editor->findChild<QComboBox *>(u"auth"_s);
        auth->setCurrentIndex(auth->findData(u"basic"_s));
        problems = editor->problems();
        QVERIFY2(anyStartsWith(problems, u"User name:"_s), qPrintable(problems.join(u'\n')));
        QVERIFY2(anyStartsWith(problems, u"Password or token:"_s), qPrintable(problems.join(u'\n')));
        editor->findChild<QLineEdit *>(u"username"_s)->setText(u"reader"_s);
        editor->findChild<QLineEdit *>(u"secret"_s)->setText(u"pw"_s);
        QCOMPARE(editor->findChild<QLineEdit *>(u"secret"_s)->echoMode(), QLineEdit::Password);
        QCOMPARE(editor->secret(), u"pw"_s);
        QCOMPARE(editor->secretKey(u"abc"_s), exchange::TaxiiPullJob::credentialKey(u"abc"_s));
        QVERIFY(!anyStartsWith(editor->problems(), u"User name:"_s));
        QVERIFY(!anyStartsWith(editor->problems(), u"Password or token:"_s));
        QVERIFY(editor->settings().value(u"username"_s).toString() == u"reader"_s);
        QVERIFY(!editor->settings().contains(u"pw"_s)); // the secret is never a setting
    }

    void taxiiDiscoverFillsCollections()
    {
        TaxiiSourceEditor editor(IocAreaContext {});
        editor.findChild<QLineEdit *>(u"url"_s)->setText(m_sim->taxiiUrl().toString());
        QSignalSpy discovered(&editor, &TaxiiSourceEditor::discovered);
        QTest::mouseClick(editor.findChild<QPushButton *>(u"discover"_s), Qt::LeftButton);
        QVERIFY(editor.isDiscovering()); // nothing blocked: the answer comes later
        QVERIFY(!editor.findChild<QPushButton *>(u"discover"_s)->isEnabled());
        QVERIFY(discovered.wait(20000));
        QVERIFY(editor.findChild<QPushButton *>(u"discover"_s)->isEnabled());
        auto *collection = editor.findChild<QComboBox *>(u"collection"_s);
        QCOMPARE(collection->count(), 1);
        const QJsonObject s = editor.settings();
        QCOMPARE(s.value(u"collectionId"_s).toString(), s1sim::SimTaxii::collectionId());
        QCOMPARE(s.value(u"apiRoot"_s).toString(), m_sim->taxiiUrl().toString() + u"opencti/"_s);
        QCOMPARE(s.value(u"collectionTitle"_s).toString(), u"OpenCTI indicators"_s);
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(u'\n')));
        QVERIFY(editor.findChild<QLabel *>(u"status"_s)->text().contains(u"1 readable collection"_s));
    }

    void taxiiDiscoverSaysWhy()
    {
        TaxiiSourceEditor editor(IocAreaContext {});
        auto *status = editor.findChild<QLabel *>(u"status"_s);
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QSignalSpy discovered(&editor, &TaxiiSourceEditor::discovered);
        QUrl page = m_sim->baseUrl();
        page.setPath(u"/login"_s);
        editor.findChild<QLineEdit *>(u"url"_s)->setText(page.toString());
        editor.discover();
        QVERIFY(discovered.wait(20000));
        QVERIFY2(status->text().contains(u"is not a TAXII 2.1 server"_s), qPrintable(status->text()));
        QCOMPARE(editor.findChild<QComboBox *>(u"collection"_s)->count(), 0);

        m_sim->taxii().setBasicAuth(u"reader"_s, u"s3cret"_s);
        editor.findChild<QLineEdit *>(u"url"_s)->setText(m_sim->taxiiUrl().toString());
        auto *auth = editor.findChild<QComboBox *>(u"auth"_s);
        auth->setCurrentIndex(auth->findData(u"basic"_s));
        editor.findChild<QLineEdit *>(u"username"_s)->setText(u"reader"_s);
        editor.discover(); // no password typed: said at once, nothing sent
        QVERIFY(!editor.isDiscovering());
        QVERIFY2(status->text().startsWith(u"Password or token:"_s), qPrintable(status->text()));
        editor.findChild<QLineEdit *>(u"secret"_s)->setText(u"wrong"_s);
        editor.discover();
        QVERIFY(discovered.wait(20000));
        QVERIFY2(
            status->text().contains(u"refused the credentials (HTTP 401)"_s), qPrintable(status->text()));
        editor.findChild<QLineEdit *>(u"secret"_s)->setText(u"s3cret"_s);
        editor.discover();
        QVERIFY(discovered.wait(20000));
        QCOMPARE(editor.findChild<QComboBox *>(u"collection"_s)->count(), 1);
        m_sim->taxii().setBasicAuth({}, {});
    }
};

QTEST_MAIN(TestSourceEditors)
#include "tst_sourceeditors.moc"
