// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// A long unbreakable value (a hash, an id, a path) on one line: whole when it fits, otherwise elided
// (in the middle by default, so both ends stay readable) with the whole value as its tooltip. Never
// cut mid-character at the edge. Plain text only: these values are attacker-controlled.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(const QString &text = {}, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    bool isElided() const { return text() != m_fullText; }
    void setElideMode(Qt::TextElideMode mode);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateText();

    QString m_fullText;
    Qt::TextElideMode m_mode = Qt::ElideMiddle;
};
