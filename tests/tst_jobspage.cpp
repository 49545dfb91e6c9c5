// SPDX-License-Identifier: GPL-3.0-or-later
// The Jobs area offscreen over a real job history database: the table (model tester), the kind and
// outcome filters, a run's details and log (plain text), and the per-day chart (numbers and painting).
#include "JobsPage.h"
#include "RunChart.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using storage::JobHistory;
using storage::JobRun;
using RunState = storage::JobRun::State;

namespace {

const QString kA = QStringLiteral("profile-a");
const QString kB = QStringLiteral("profile-b");
const QString kImport = QStringLiteral("opencti-import");
const QString kPull = QStringLiteral("ioc-pull");

qint64 addRun(JobHistory &h, const QString &profile, const QString &kind, const QDateTime &start,
    RunState state, qint64 done, const QString &logLine = {})
{
    const qint64 id = h.begin(profile, kind, kind + QLatin1String(" run"), start);
    if (id <= 0)
        return 0;
    if (!logLine.isEmpty())
        h.appendLog(id, logLine);
    jobs::Job::Counts counts;
    counts.seen = done + 1;
    counts.done = done;
    counts.failed = state == RunState::Failed ? 1 : 0;
    const QStringList errors
        = state == RunState::Failed ? QStringList {QStringLiteral("<i>item 7</i> refused")} : QStringList {};
    h.finish(id, state, QStringLiteral("summary of %1").arg(id), counts, errors, start.addSecs(30));
    return id;
}

int rowOf(const JobRunModel *model, qint64 id)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->runId(row) == id)
            return row;
    return -1;
}

} // namespace

class TestJobsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void historyTableFiltersDetailsChart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        storage::Database db(dir.filePath(QStringLiteral("jobs.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        JobHistory history(&db);

        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const qint64 first = addRun(history, kA, kImport, now.addDays(-2), RunState::Succeeded, 5,
            QStringLiteral("fetched 5 <b>bold</b>"));
        const qint64 failed = addRun(
            history, kA, kImport, now.addDays(-1), RunState::Failed, 0, QStringLiteral("console down"));
        const qint64 pull = addRun(history, kA, kPull, now, RunState::Succeeded, 3);
        addRun(history, kB, kImport, now, RunState::Succeeded, 100); // another profile: not shown
        addRun(history, kA, kImport, now.addDays(-30), RunState::Cancelled, 0); // outside the chart
        QVERIFY(first > 0 && failed > 0 && pull > 0);

        JobsPage page;
        page.resize(900, 700);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setHistory(&history, kA);
        page.show();
        QCOMPARE(page.model()->rowCount(), 4);
        QCOMPARE(page.model()->runId(0), pull); // newest first
        QCOMPARE(page.model()->index(0, JobRunModel::DoneColumn).data().toLongLong(), 3);
        QCOMPARE(
            page.model()->index(rowOf(page.model(), failed), JobRunModel::OutcomeColumn).data().toString(),
            QStringLiteral("Failed"));

        // Filters: kind, then outcome.
        const int importIndex = page.kindCombo()->findData(kImport);
        QVERIFY(importIndex > 0);
        QVERIFY(page.kindCombo()->findData(kPull) > 0);
        page.kindCombo()->setCurrentIndex(importIndex);
        QCOMPARE(page.model()->rowCount(), 3);
        page.outcomeCombo()->setCurrentIndex(page.outcomeCombo()->findData(QStringLiteral("failed")));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->runId(0), failed);

        // Selecting a row shows its details and log, as plain text.
        page.table()->selectionModel()->setCurrentIndex(
            page.model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(page.selectedRunId(), failed);
        QVERIFY(page.logView()->toPlainText().contains(QLatin1String("console down")));
        QVERIFY(page.logView()->isReadOnly());
        QCOMPARE(page.summaryLabel()->textFormat(), Qt::PlainText);
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("summary of %1").arg(failed)));
        auto *errors = page.findChild<QPlainTextEdit *>(QStringLiteral("jobErrors"));
        QVERIFY(errors && errors->toPlainText().contains(QLatin1String("<i>item 7</i> refused")));

        page.outcomeCombo()->setCurrentIndex(0);
        page.kindCombo()->setCurrentIndex(0);
        QCOMPARE(page.model()->rowCount(), 4);
        const int firstRow = rowOf(page.model(), first);
        page.table()->selectionModel()->setCurrentIndex(page.model()->index(firstRow, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(page.logView()->toPlainText().contains(QLatin1String("fetched 5 <b>bold</b>")));

        // A new run shows after reload(); the kind filter keeps its choice.
        page.kindCombo()->setCurrentIndex(page.kindCombo()->findData(kPull));
        QCOMPARE(page.model()->rowCount(), 1);
        addRun(history, kA, kPull, QDateTime::currentDateTimeUtc(), RunState::Succeeded, 1);
        page.reload();
        QCOMPARE(page.kindCombo()->currentData().toString(), kPull);
        QCOMPARE(page.model()->rowCount(), 2);

        // The chart: 14 days, the runs and imported items of this profile within them.
        const auto days = page.chart()->days();
        QCOMPARE(days.size(), JobsPage::ChartDays);
        QCOMPARE(page.chart()->totalRuns(), 4);
        QCOMPARE(page.chart()->totalImported(), 5 + 0 + 3 + 1);
        QCOMPARE(days,
            history.perDay(kA, JobsPage::ChartDays, QDate::currentDate(),
                int(QDateTime::currentDateTime().offsetFromUtc())));

        QImage image(600, 200, QImage::Format_ARGB32);
        image.fill(Qt::white);
        page.chart()->resize(image.size());
        page.chart()->render(&image);
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; ++y)
            for (int x = 0; x < image.width() && !drawn; ++x)
                drawn = image.pixelColor(x, y) == QColor(0x15, 0x65, 0xc0);
        QVERIFY(drawn); // some bar

        RunChart empty;
        empty.resize(50, 30); // tiny and without data: no crash
        QImage small(50, 30, QImage::Format_ARGB32);
        empty.render(&small);
    }

    // A run that ends in the background reloads the page: the run being read, its log and the
    // scroll position stay.
    void reloadKeepsTheRunBeingReadAndTheScroll()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("jobs.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        JobHistory history(&db);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-2);
        QList<qint64> ids;
        for (int i = 0; i < 300; ++i)
            ids << addRun(history, kA, kImport, start.addSecs(i * 60), RunState::Succeeded, 1,
                QStringLiteral("log of run %1").arg(i));
        JobsPage page;
        page.resize(900, 700);
        page.setHistory(&history, kA);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int readRow = 150;
        const qint64 read = page.model()->runId(readRow);
        page.table()->selectionModel()->setCurrentIndex(
            page.model()->index(readRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        page.table()->scrollTo(page.model()->index(140, 0), QAbstractItemView::PositionAtTop);
        const qint64 top = page.model()->runId(page.table()->rowAt(0));
        QVERIFY(top > 0);
        const QString log = page.logView()->toPlainText();
        QVERIFY(log.startsWith(QLatin1String("log of run")));

        addRun(history, kA, kImport, QDateTime::currentDateTimeUtc(), RunState::Succeeded, 1);
        addRun(history, kA, kPull, QDateTime::currentDateTimeUtc(), RunState::Failed, 0);
        page.reload();
        QCOMPARE(page.model()->rowCount(), 302);
        QCOMPARE(page.selectedRunId(), read);
        QCOMPARE(page.model()->runId(page.table()->currentIndex().row()), read);
        QVERIFY(page.table()->selectionModel()->isRowSelected(page.table()->currentIndex().row(), {}));
        QCOMPARE(page.logView()->toPlainText(), log);
        QTRY_COMPARE(page.model()->runId(page.table()->rowAt(0)), top);

        // A run no longer listed (filtered away) is not kept.
        page.outcomeCombo()->setCurrentIndex(page.outcomeCombo()->findData(QStringLiteral("failed")));
        QCOMPARE(page.selectedRunId(), 0);
    }

    void manyRunsArePaged()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("jobs.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        JobHistory history(&db);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-3);
        const int total = JobRunModel::PageSize * 2 + 17;
        QVERIFY(db.transaction(
            [&](QSqlDatabase &) {
                for (int i = 0; i < total; ++i)
                    if (addRun(history, kA, kImport, start.addSecs(i), RunState::Succeeded, 1) <= 0)
                        return false;
                return true;
            },
            &error));
        JobsPage page;
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setHistory(&history, kA);
        QCOMPARE(page.model()->rowCount(), total);
        QVERIFY(page.model()->runId(0) > page.model()->runId(total - 1));
        QVERIFY(page.model()->runId(total - 1) > 0);
        QVERIFY(page.model()->runId(JobRunModel::PageSize) > 0);
        QCOMPARE(page.model()->index(total, 0).isValid(), false);
    }
};

QTEST_MAIN(TestJobsPage)
#include "tst_jobspage.moc"
