// SPDX-License-Identifier: GPL-3.0-or-later
// The setup wizard by keyboard and for a screen reader, offscreen, against the simulator: on every
// page, Tab from the first control visits each visible, enabled control of the page (a group of
// radio buttons being one stop) and the wizard's buttons exactly once before it comes back; every
// control has an accessible name.
#include "AccessibilityCheck.h"
#include "AccountSitePage.h"
#include "DemoTenant.h"
#include "SetupWizard.h"
#include "SimServer.h"
#include "config/ProfileStore.h"
#include "config/SecretStore.h"
#include "config/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWizardKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<s1sim::SimServer> m_sim;

    template<typename T> static T *child(QWidget *page, const char *name)
    {
        T *w = page->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // What Tab should visit on the wizard's current page: its visible, enabled controls that take
    // the focus by Tab, and the wizard's visible buttons.
    static QList<QWidget *> expectedChain(QWizard &w)
    {
        QWidget *page = w.currentPage();
        QList<QWidget *> buttons;
        for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                 QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton})
            if (QAbstractButton *b = w.button(which))
                buttons << b;
        QList<QWidget *> expected;
        for (QWidget *x : w.findChildren<QWidget *>()) {
            if (!x->isVisible() || !x->isEnabled() || !(x->focusPolicy() & Qt::TabFocus) || x->focusProxy())
                continue;
            if (!page->isAncestorOf(x) && !buttons.contains(x))
                continue;
            expected << x;
        }
        return expected;
    }
    static QString names(const QList<QWidget *> &widgets)
    {
        QStringList list;
        for (QWidget *w : widgets)
            list << AccessibilityCheck::describe(w);
        return list.join(u", "_s);
    }
    // One Tab stop per control; the radio buttons of one group (auto-exclusive siblings) are one
    // stop together, as on every desktop: Tab enters the group, the arrow keys choose in it.
    static const QObject *stopOf(QWidget *w)
    {
        auto *radio = qobject_cast<QRadioButton *>(w);
        return radio && radio->autoExclusive() ? static_cast<const QObject *>(radio->parentWidget()) : w;
    }
    // Tab from the page's first control until the focus comes back to it: each expected stop once,
    // nothing else.
    static void checkTabOrder(QWizard &w, const char *pageName)
    {
        const QList<QWidget *> expected = expectedChain(w);
        QVERIFY2(!expected.isEmpty(), pageName);
        QWidget *first = nullptr;
        for (QWidget *x = w.currentPage()->nextInFocusChain(); x && x != w.currentPage();
             x = x->nextInFocusChain())
            if (expected.contains(x) && w.currentPage()->isAncestorOf(x)) {
                first = x;
                break;
            }
        QVERIFY2(first, pageName);
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QList<QWidget *> visited {first};
        QList<const QObject *> stops {stopOf(first)};
        for (int i = 0; i < 3 * expected.size() + 5; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (!now || now == first)
                break;
            visited << now;
            QVERIFY2(!stops.contains(stopOf(now)),
                qPrintable(u"%1: %2 reached twice before the cycle closed; visited: %3"_s.arg(
                    QLatin1String(pageName), AccessibilityCheck::describe(now), names(visited))));
            stops << stopOf(now);
        }
        QCOMPARE(QApplication::focusWidget(), first); // the cycle closed
        QList<QWidget *> missing, extra;
        for (QWidget *x : expected)
            if (!stops.contains(stopOf(x)))
                missing << x;
        for (QWidget *x : visited)
            if (!expected.contains(x))
                extra << x;
        QVERIFY2(missing.isEmpty(),
            qPrintable(u"%1: Tab never reaches %2; visited: %3"_s.arg(
                QLatin1String(pageName), names(missing), names(visited))));
        QVERIFY2(extra.isEmpty(),
            qPrintable(u"%1: Tab reaches %2, not a visible enabled control of the page"_s.arg(
                QLatin1String(pageName), names(extra))));
    }
    static void checkNames(QWizard &w, const char *pageName)
    {
        const QStringList unnamed = AccessibilityCheck::unnamedControls(w.currentPage());
        QVERIFY2(unnamed.isEmpty(), qPrintable(QLatin1String(pageName) + u": "_s + unnamed.join(u"; "_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        config::installTranslations(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
        s1sim::SimOptions options;
        options.threats = 20;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen() != 0);
    }

    // Every page of the console path, in turn: Tab order and names.
    void everyPageByKeyboard()
    {
        config::ProfileStore store(m_dir.filePath(u"keyboard.ini"_s));
        config::SecretStore secrets(u"S1 Bridge keyboard test"_s);
        DemoTenant demo;
        SetupWizard w(&store, &secrets, &demo);
        w.resize(760, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        QCOMPARE(w.currentId(), int(SetupWizard::WelcomePageId));
        checkNames(w, "welcome");
        checkTabOrder(w, "welcome");
        child<QRadioButton>(w.currentPage(), "importRadio")->setChecked(true); // its path field enabled
        checkTabOrder(w, "welcome (import)");
        child<QRadioButton>(w.currentPage(), "connectRadio")->setChecked(true);

        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::ConsoleUrlPageId));
        checkNames(w, "console URL");
        checkTabOrder(w, "console URL");
        type(child<QLineEdit>(w.currentPage(), "urlEdit"), m_sim->baseUrl().toString());
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SetupWizard::ApiTokenPageId), 20000);

        checkNames(w, "API token");
        checkTabOrder(w, "API token");
        type(child<QLineEdit>(w.currentPage(), "tokenEdit"), m_sim->token());
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SetupWizard::AccountSitePageId), 20000);

        auto *sites = qobject_cast<AccountSitePage *>(w.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(sites, "accountCombo")->count() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.button(QWizard::NextButton)->isEnabled(), 20000);
        checkNames(w, "account and sites");
        checkTabOrder(w, "account and sites");
        child<QRadioButton>(sites, "someSitesRadio")->setChecked(true); // the site list enabled
        QApplication::processEvents();
        checkNames(w, "account and some sites");
        checkTabOrder(w, "account and some sites");
        child<QRadioButton>(sites, "allSitesRadio")->setChecked(true);
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::OpenCtiPageId));

        checkNames(w, "OpenCTI");
        checkTabOrder(w, "OpenCTI");
        child<QCheckBox>(w.currentPage(), "enableCheck")->setChecked(true); // its fields enabled
        checkNames(w, "OpenCTI enabled");
        checkTabOrder(w, "OpenCTI enabled");
        type(child<QLineEdit>(w.currentPage(), "openCtiUrlEdit"), m_sim->openCtiUrl().toString());
        type(child<QLineEdit>(w.currentPage(), "openCtiTokenEdit"), m_sim->openCtiToken());
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SetupWizard::BehaviourPageId), 20000);

        checkNames(w, "behaviour");
        checkTabOrder(w, "behaviour");
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::SummaryPageId));
        checkNames(w, "summary");
        checkTabOrder(w, "summary");
        w.reject();
    }
};

QTEST_MAIN(TestWizardKeyboard)
#include "tst_wizardkeyboard.moc"
