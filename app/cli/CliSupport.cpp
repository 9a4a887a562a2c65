#include "CliSupport.h"

#include "workflow/Session.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace desk::cli {

int fail(Context &ctx, const Error &error)
{
    ctx.err << error.message << Qt::endl;
    return error.code == Error::Code::InvalidInput ? BadInput : Failure;
}

namespace {

QString keychainPassword(const DatabaseUrl &url)
{
    QKeychain::ReadPasswordJob job(DatabaseUrl::keychainService());
    job.setAutoDelete(false);
    job.setKey(url.keychainKey());
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

} // namespace

Result<std::shared_ptr<Session>> openSession(Context &ctx, Database::SchemaPolicy policy)
{
    if (!ctx.asLogin.isEmpty() && ctx.url.isSqlite()) {
        // One line of standard input, as the application's sign-in dialog takes it.
        QString line;
        if (ctx.in) {
            line = ctx.in->readLine();
        } else {
            QTextStream in(stdin);
            line = in.readLine();
        }
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            return Error(Error::Code::AuthFailed,
                         tr("--as %1: give the staff member's password on standard input (one line).").arg(ctx.asLogin));
        return AuthService::signIn(ctx.url, ctx.asLogin, line);
    }
    if (!ctx.asLogin.isEmpty() && ctx.url.isPostgres() && ctx.asLogin != ctx.url.user)
        return Error(Error::Code::InvalidInput,
                     tr("On PostgreSQL the role in the URL signs in: name %1 in the URL (postgresql://%1@host/db) "
                        "instead of --as.")
                         .arg(ctx.asLogin));
    QString password;
    if (ctx.url.isPostgres()) {
        password = qEnvironmentVariable("PGPASSWORD");
        if (password.isEmpty())
            password = keychainPassword(ctx.url);
        if (password.isEmpty())
            return Error(Error::Code::AuthFailed,
                         tr("No password for %1: set PGPASSWORD, or sign in once with the application and let it "
                            "remember the password in the system keychain.")
                             .arg(ctx.url.toString()));
    }
    return AuthService::signInForCli(ctx.url, password,
                                     ctx.url.isSqlite() ? Database::SchemaPolicy::Migrate : policy);
}

void printJson(Context &ctx, const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace desk::cli
