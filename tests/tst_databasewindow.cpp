// SPDX-License-Identifier: GPL-3.0-or-later
// The window when the database cannot be used (issue 15): the sentence naming the file and what to do
// is shown in the window's notice strip, as plain text, and the file is left as it was.
#include "AppController.h"
#include "MainWindow.h"
#include "config/Profile.h"
#include "config/ProfileStore.h"
#include "config/Translations.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDatabaseWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The real default place (Database::defaultPath()), under this test's own data folder.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        config::installTranslations(QLocale(QLocale::English));
    }

    void unusableDatabaseIsNamedInTheWindow()
    {
        const QString path = storage::Database::defaultPath();
        QVERIFY2(path.startsWith(m_dir.path()), qPrintable(path));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray png
            = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                                     "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(png), png.size());
        }
        const QString ini = m_dir.filePath(u"profiles.ini"_s);
        config::ProfileStore store(ini);
        config::Profile demo;
        demo.id = config::Profile::newId();
        demo.name = u"Demo tenant"_s;
        demo.demo = true;
        demo.connectorId = config::Profile::newId();
        QString error;
        QVERIFY2(store.save(demo, &error), qPrintable(error));
        QVERIFY(store.setCurrentProfileId(demo.id));

        AppController app(ini);
        app.start();
        QTRY_VERIFY(app.mainWindow() && app.mainWindow()->isVisible());
        auto *notice = app.mainWindow()->findChild<QLabel *>(u"notice"_s);
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->textFormat(), Qt::PlainText);
        QVERIFY2(notice->text().contains(QDir::toNativeSeparators(path)), qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(u"is not an S1 Bridge database or is damaged"_s),
            qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(u"Move it away"_s), qPrintable(notice->text()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), png); // left as it was
    }
};

QTEST_MAIN(TestDatabaseWindow)
#include "tst_databasewindow.moc"
