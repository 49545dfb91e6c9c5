// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the keyboard and screen-reader tests (tst_windowlayout, tst_wizardkeyboard).

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTextEdit>
#include <QToolBar>

namespace AccessibilityCheck {

// A control a user reaches (Tab or click) and a screen reader announces: buttons, edits, combos,
// spin boxes, item views. Parts of another control (a spin box's edit, a tab bar's scroll
// arrows, a toolbar's extension button) are announced with that control and are left out.
inline bool isControl(const QWidget *w)
{
    const bool kind = qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w);
    if (!kind || w->focusPolicy() == Qt::NoFocus)
        return false;
    const QWidget *parent = w->parentWidget();
    if (w->focusProxy() || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QScrollBar *>(parent)
        || qobject_cast<const QHeaderView *>(w) || qobject_cast<const QComboBox *>(parent)
        || qobject_cast<const QAbstractSpinBox *>(parent))
        return false;
    if (w->objectName().startsWith(QLatin1String("qt_"))) // Qt's own parts (toolbar extension...)
        return false;
    return true;
}

inline QString describe(const QWidget *w)
{
    QString where;
    for (const QWidget *p = w->parentWidget(); p && where.size() < 200; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            where = p->objectName();
            break;
        }
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), where);
}

// The visible controls under root that have no name for a screen reader: no accessibleName, no text
// of their own (buttons), and no QLabel naming them as its buddy.
inline QStringList unnamedControls(QWidget *root)
{
    QSet<const QWidget *> labelled;
    for (const QLabel *label : root->findChildren<QLabel *>())
        if (label->buddy() && !label->text().trimmed().isEmpty())
            labelled.insert(label->buddy());
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !isControl(w))
            continue;
        if (!w->accessibleName().trimmed().isEmpty() || labelled.contains(w))
            continue;
        if (const auto *button = qobject_cast<QAbstractButton *>(w);
            button && !QString(button->text()).remove(u'&').trimmed().isEmpty())
            continue;
        unnamed << describe(w);
    }
    return unnamed;
}

} // namespace AccessibilityCheck
