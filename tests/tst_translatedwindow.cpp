// SPDX-License-Identifier: GPL-3.0-or-later
// The main window in German and in French, offscreen, from the catalogues the build compiles in: every
// text of the menus (titles and items, submenus included), the toolbar and the sidebar differs from the
// same window in English, except the few names that read the same in every language (listed below).
#include "MainWindow.h"
#include "config/Translations.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Texts that are the same in English, German and French: product names and words both languages use.
const QStringList kSameInEveryLanguage = {u"Firewall"_s, u"OpenCTI"_s, u"S1 Bridge"_s};

QString plain(QString text)
{
    text.remove(u'&');
    return text.trimmed();
}

void collectMenu(const QMenu *menu, const QString &path, QList<std::pair<QString, QString>> &out)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        const QString where = path + u" ▸ "_s + plain(action->text());
        out.append({where, plain(action->text())});
        if (action->menu())
            collectMenu(action->menu(), where, out);
    }
}

// Every text of the menus, the toolbars and the sidebar, each with where it is (in English, to name it).
QList<std::pair<QString, QString>> windowTexts(const MainWindow &window)
{
    QList<std::pair<QString, QString>> texts;
    for (const QAction *action : window.menuBar()->actions()) {
        texts.append({u"menu "_s + plain(action->text()), plain(action->text())});
        if (action->menu())
            collectMenu(action->menu(), plain(action->text()), texts);
    }
    for (const QToolBar *toolbar : window.findChildren<QToolBar *>()) {
        texts.append({u"toolbar title"_s, toolbar->windowTitle()});
        for (const QAction *action : toolbar->actions()) {
            if (action->isSeparator() || action->text().isEmpty() || !action->isVisible())
                continue;
            texts.append({u"toolbar "_s + plain(action->text()), plain(action->text())});
            if (!action->toolTip().isEmpty())
                texts.append({u"toolbar tooltip of "_s + plain(action->text()), action->toolTip()});
        }
    }
    const auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    if (sidebar) {
        for (int row = 0; row < sidebar->count(); ++row)
            texts.append({u"sidebar row %1"_s.arg(row), sidebar->item(row)->text()});
    }
    return texts;
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    }
    void cleanup() { removeTranslators(); }

    void noEnglishLeftInMenusAndSidebar_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France);
    }
    void noEnglishLeftInMenusAndSidebar()
    {
        QFETCH(QLocale, locale);
        removeTranslators();
        config::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QList<std::pair<QString, QString>> english;
        {
            MainWindow window;
            window.resize(1024, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            english = windowTexts(window);
        }
        QVERIFY2(english.size() > 30, qPrintable(u"only %1 texts found"_s.arg(english.size())));

        removeTranslators();
        config::installTranslations(locale);
        MainWindow window;
        window.resize(1024, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<std::pair<QString, QString>> translated = windowTexts(window);
        QCOMPARE(translated.size(), english.size());

        QStringList left;
        for (qsizetype i = 0; i < english.size(); ++i) {
            const QString &text = english.at(i).second;
            if (text == translated.at(i).second && !kSameInEveryLanguage.contains(text))
                left.append(english.at(i).first + u": \""_s + text + u'"');
        }
        QVERIFY2(left.isEmpty(),
            qPrintable(u"%1 text(s) still in English in %2:\n  "_s.arg(left.size()).arg(locale.name())
                + left.join(u"\n  "_s)));
    }
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
