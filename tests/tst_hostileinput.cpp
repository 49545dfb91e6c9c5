// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
class TestHostileInput : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
