#pragma once

#include "domain/BusinessCalendar.h"
#include "report/ExportTable.h"
#include "workflow/Permissions.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <optional>

namespace desk {

class Dialect;

// What a report run is asked for: a date range of China calendar days (both inclusive), the moment that counts
// as "now" (backlog ages, overdue now), the business calendar for ages, and the dashboard's queue filter.
struct ReportParams
{
    QDate from;
    QDate to;
    QDateTime now = QDateTime::currentDateTimeUtc();
    BusinessCalendar calendar;
    QString queue; // empty: every queue; "appeals", "reviews" or "merges"
    bool unmasked = false;
};

// One statement of a report, with its bound values, ready for RowSource.
struct ReportQuery
{
    QString sql;
    QVariantList values;
};

// A report: a name fixed for scripts (docs report-cli.md), a title, who may run it, its columns, and its
// statement for each dialect. List reports (appeals, reviews) stream rows; every other report is one SQL
// aggregate whose result is a few dozen rows, so that no figure is ever computed from rows in the client.
struct ReportDefinition
{
    QString name;
    QString title;
    Action action;           // the permission a run needs
    bool personal = false;   // holds personal data (masked unless unmasked)
    bool usesRange = true;   // the date range filters it (migration is a snapshot)
    QVector<ExportColumn> columns;
    bool isList = false;     // one row per item (streamed into files; never charted)

    // The statement for this dialect ("sqlite" / "postgresql"); unmasked only for personal reports on
    // PostgreSQL, where the server's audited function (007_reports.sql) reads the full values.
    ReportQuery query(const Dialect &dialect, const ReportParams &params, const QString &reason = {}) const;
    // A statement counting the rows query() would give (for progress, and the audit of an unmasked export).
    ReportQuery countQuery(const Dialect &dialect, const ReportParams &params) const;
};

// A span of instants whose ends may each be inclusive or not (an invalid end: open).
struct InstantSpan
{
    QDateTime from;
    bool fromInclusive = true;
    QDateTime to;
    bool toInclusive = false;
    bool isEmpty() const { return from.isValid() && to.isValid() && from > to; }
};

class ReportCatalog
{
public:
    static const QVector<ReportDefinition> &all();
    static const ReportDefinition *find(const QString &name);
    static QStringList formats(); // csv, xlsx, pdf

    // The business-day age buckets of the backlog, in order: "0-1", "1-2", "2-3", "3-5", "5+".
    static QStringList ageBuckets();
    // The instant exactly `businessDays` business days before `now` on `calendar` (the bucket limits).
    static QDateTime businessDaysBefore(const BusinessCalendar &calendar, const QDateTime &now, int businessDays);
    // The limits of the age buckets: 1, 2, 3 and 5 business days before `now`.
    static QVector<QDateTime> ageLimits(const BusinessCalendar &calendar, const QDateTime &now);
    // The submission instants of age bucket `bucket` (an index of ageBuckets()) within [from, before): after the
    // next older limit (exclusive), up to the newer one (inclusive). What the backlog counts and its bars list.
    static InstantSpan ageSpan(const QVector<QDateTime> &limits, int bucket, const QDateTime &from,
                               const QDateTime &before);
    // The UTC instant where a China calendar day begins.
    static QDateTime chinaMidnight(QDate day);
};

} // namespace desk
