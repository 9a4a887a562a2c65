#include "BenchSupport.h"

#include "demo/DemoGenerator.h"
#include "store/Database.h"
#include "store/StaffRepository.h"

#include <QRandomGenerator>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace desk::bench {

namespace {

QByteArray programName()
{
    return QCoreApplication::applicationName().toLocal8Bit();
}

} // namespace

void fail(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", programName().constData(), qPrintable(message));
    std::exit(1);
}

qint64 scalar(Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    if (!q)
        fail(q.error().message);
    const qint64 value = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return value;
}

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

QJsonObject stats(const QVector<double> &ms)
{
    double sum = 0;
    for (double v : ms)
        sum += v;
    return QJsonObject{{QStringLiteral("n"), ms.size()},
                       {QStringLiteral("p50_ms"), percentile(ms, 0.50)},
                       {QStringLiteral("p99_ms"), percentile(ms, 0.99)},
                       {QStringLiteral("max_ms"), percentile(ms, 1.0)},
                       {QStringLiteral("mean_ms"), ms.isEmpty() ? 0.0 : sum / double(ms.size())}};
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double procStatusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            const QList<QByteArray> parts = line.mid(qstrlen(field)).simplified().split(' ');
            return parts.value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

void trimHeap()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void ensureData(Database &db, qint64 persons, qint64 organizations, quint64 seed, QJsonObject &out)
{
    const QByteArray name = programName();
    const qint64 wanted = persons + organizations;
    qint64 have = scalar(db, QStringLiteral("SELECT COUNT(*) FROM account"));
    if (have > 0 && have < wanted) // the demo generator fills only an empty database
        std::fprintf(stderr,
                     "%s: warning: the database holds %lld accounts, fewer than the %lld wanted; measuring "
                     "it as it is (give another --db or delete the file to generate)\n",
                     name.constData(), have, wanted);
    if (have == 0 && wanted > 0) {
        std::fprintf(stderr, "%s: generating %lld persons and %lld organizations...\n", name.constData(), persons,
                     organizations);
        DemoOptions options;
        options.persons = persons;
        options.organizations = organizations;
        options.seed = seed;
        QElapsedTimer timer;
        timer.start();
        auto report = DemoGenerator(db).generate(options, [](qint64 done, qint64 total) {
            std::fprintf(stderr, "\r  %lld / %lld", done, total);
            return true;
        });
        std::fprintf(stderr, "\n");
        if (!report)
            fail(report.error().message);
        out[QStringLiteral("generated_s")] = elapsedMs(timer) / 1000.0;
        // The load's large page cache belongs to this thread's connection: a fresh one measures like a desk would.
        db.closeThreadConnection();
        trimHeap();
        have = scalar(db, QStringLiteral("SELECT COUNT(*) FROM account"));
    }
    out[QStringLiteral("accounts")] = have;
    out[QStringLiteral("accounts_wanted")] = wanted;
}

std::shared_ptr<Database> StaffConnection::openAnother() const
{
    auto other = std::make_shared<Database>(db->url(), password.isEmpty() ? qEnvironmentVariable("PGPASSWORD")
                                                                          : password);
    if (auto s = other->open(); !s)
        fail(s.error().message);
    return other;
}

StaffConnection connectAsStaff(const std::shared_ptr<Database> &setup, StaffRole role, const QString &prefix)
{
    StaffConnection c;
    c.staff.login = QStringLiteral("%1_%2").arg(prefix).arg(QRandomGenerator::system()->generate() % 1000000);
    c.staff.displayName = c.staff.login;
    c.staff.role = role;
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
                                    [QRandomGenerator::system()->bounded(57)]);
    password += QStringLiteral("#9a");
    if (auto s = StaffRepository(*setup).add(c.staff, password); !s)
        fail(s.error().message);
    if (!setup->url().isPostgres()) {
        c.db = setup;
        return c;
    }
    DatabaseUrl url = setup->url();
    url.user = c.staff.login;
    c.password = password;
    c.db = std::make_shared<Database>(url, password);
    if (auto s = c.db->open(); !s)
        fail(s.error().message);
    return c;
}

} // namespace desk::bench
