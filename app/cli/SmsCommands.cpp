#include "CliSupport.h"

#include "workflow/Session.h"
#include "workflow/SmsSender.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <csignal>

namespace desk::cli {

namespace {

const char *const kSmsUsage = QT_TRANSLATE_NOOP("desk::cli",
    "Usage: identitydesk-cli sms deliver --gateway https://HOST/PATH [--once] [--interval SECONDS] "
    "[--timeout MS]\n"
    "  Sends the queued text messages to the SMS gateway. --once: one pass, then print the counts as JSON\n"
    "  {\"sent\", \"retrying\", \"failed\"}; otherwise a pass every few seconds until interrupted (Ctrl+C), then\n"
    "  the totals.");

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

// Waits `seconds`, returning early when interrupted.
void pause(int seconds)
{
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(200);
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + qint64(seconds) * 1000;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&loop, until]() {
        if (g_interrupted || QDateTime::currentMSecsSinceEpoch() >= until)
            loop.quit();
    });
    tick.start();
    loop.exec();
}

int cmdSmsDeliver(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("gateway"), tr("The SMS gateway's https:// address."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("once"), tr("One pass, then exit.")});
    p.addOption({QStringLiteral("interval"), tr("Seconds between passes."), QStringLiteral("SECONDS"),
                 QStringLiteral("5")});
    p.addOption({QStringLiteral("timeout"), tr("Milliseconds to wait for the gateway."), QStringLiteral("MS"),
                 QStringLiteral("15000")});
    if (!p.parse(QStringList{QStringLiteral("sms deliver")} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    if (!p.positionalArguments().isEmpty()) {
        ctx.err << tr("Unexpected argument \"%1\".").arg(p.positionalArguments().constFirst()) << Qt::endl
                << tr(kSmsUsage) << Qt::endl;
        return BadInput;
    }
    const QString gateway = p.value(QStringLiteral("gateway")).trimmed();
    if (gateway.isEmpty()) {
        ctx.err << tr("Name the SMS gateway with --gateway https://...") << Qt::endl << tr(kSmsUsage) << Qt::endl;
        return BadInput;
    }
    bool okInterval = false, okTimeout = false;
    const int interval = p.value(QStringLiteral("interval")).toInt(&okInterval);
    const int timeout = p.value(QStringLiteral("timeout")).toInt(&okTimeout);
    if (!okInterval || interval < 1 || interval > 3600) {
        ctx.err << tr("--interval takes a number of seconds from 1 to 3600.") << Qt::endl;
        return BadInput;
    }
    if (!okTimeout) {
        ctx.err << tr("--timeout takes a number of milliseconds.") << Qt::endl;
        return BadInput;
    }

    SmsSender::Config config;
    config.gatewayUrl = QUrl(gateway, QUrl::StrictMode);
    config.timeoutMs = timeout;
    // Checked before signing in, so that a wrong address does not wait for the database.
    if (auto s = SmsSender::checkConfig(config); !s)
        return fail(ctx, s.error());

    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    SmsSender sender(*session, config);

    if (p.isSet(QStringLiteral("once"))) {
        auto report = sender.deliverOnce();
        if (!report)
            return fail(ctx, report.error());
        printJson(ctx, report->toJson());
        return Ok;
    }

    g_interrupted = 0;
    auto previousInt = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    ctx.err << tr("Delivering text messages to %1 every %2 s; Ctrl+C stops.")
                   .arg(config.gatewayUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                   .arg(interval)
            << Qt::endl;
    SmsSender::Report total;
    int code = Ok;
    while (!g_interrupted) {
        auto report = sender.deliverOnce();
        if (!report) {
            // Bad configuration or no permission will not get better; a lost connection may.
            if (report.error().code == Error::Code::InvalidInput
                || report.error().code == Error::Code::PermissionDenied) {
                code = fail(ctx, report.error());
                break;
            }
            ctx.err << QDateTime::currentDateTime().toString(Qt::ISODate) << QLatin1Char(' ')
                    << report.error().message << Qt::endl;
        } else {
            total.sent += report->sent;
            total.retrying += report->retrying;
            total.failed += report->failed;
            if (report->sent + report->retrying + report->failed > 0)
                ctx.err << QDateTime::currentDateTime().toString(Qt::ISODate) << QLatin1Char(' ')
                        << tr("sent %1, retrying %2, failed %3")
                               .arg(report->sent)
                               .arg(report->retrying)
                               .arg(report->failed)
                        << Qt::endl;
        }
        pause(interval);
    }
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (code == Ok)
        printJson(ctx, total.toJson());
    return code;
}

} // namespace

int cmdSms(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("deliver"))
        return cmdSmsDeliver(ctx, args.mid(1));
    ctx.err << tr("Unknown sms command \"%1\".").arg(sub) << Qt::endl << tr(kSmsUsage) << Qt::endl;
    return BadInput;
}

} // namespace desk::cli
