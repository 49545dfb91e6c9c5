// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"
#include "exchange/IocStore.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

// The kind-specific part of the source dialog: edits an IocSource's settings (never a secret), and
// says what is wrong with them. One subclass per kind; create() picks it.
class SourceEditor : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The editor of a kind ("s1-threats", "feed", "manual", "opencti", "taxii"); nullptr for others.
    static SourceEditor *create(const QString &kind, const IocAreaContext &context, QWidget *parent);

    // Shows a stored source's settings (a new source: kind and profile set, settings empty).
    virtual void load(const exchange::IocSource &source) = 0;
    // The settings as edited (exchange::IocSource::settings).
    virtual QJsonObject settings() const = 0;
    // One sentence per problem, naming the field and what is expected; empty: usable.
    virtual QStringList problems() const = 0;
    // A credential typed in the editor, to store in the keychain under secretKey() when the source is
    // saved (empty: none typed, keep what the keychain has).
    virtual QString secret() const { return {}; }
    virtual QString secretKey(const QString &sourceId) const
    {
        Q_UNUSED(sourceId)
        return {};
    }

Q_SIGNALS:
    // Something was edited: the dialog re-validates.
    void changed();
};
