#include "workflow/MigrationLookup.h"

#include "domain/Identifiers.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "workflow/LookupService.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"

#include <QRegularExpression>

namespace desk {

namespace {

const QString kLegacyByUscc = QStringLiteral(
    "SELECT id, system, legacy_login, kind, migration_case, platform_account_id, conflict_reason FROM legacy_account "
    "WHERE kind = 'organization' AND (legacy_login IN (?, ?, ?) OR uscc IN (?, ?, ?)) ORDER BY system, id");
// "{phone}" is the dialect's exact match on the phone (on PostgreSQL the server answers ids, never the numbers).
const QString kLegacyByPhone = QStringLiteral(
    "SELECT id, system, legacy_login, kind, migration_case, platform_account_id, conflict_reason FROM legacy_account "
    "WHERE kind = 'person' AND (legacy_login = ? OR {phone}) ORDER BY system, id");
const QString kLegacyByLogin = QStringLiteral(
    "SELECT id, system, legacy_login, kind, migration_case, platform_account_id, conflict_reason FROM legacy_account "
    "WHERE legacy_login IN (?, ?, ?) ORDER BY system, id");
const QString kLegacyByName = QStringLiteral(
    "SELECT id, system, legacy_login, kind, migration_case, platform_account_id, conflict_reason FROM legacy_account "
    "WHERE kind = 'organization' AND (name IN (?, ?, ?) OR uscc IN (SELECT uscc FROM account "
    "WHERE kind = 'organization' AND uscc IS NOT NULL AND name IN (?, ?, ?) UNION SELECT uscc FROM account "
    "WHERE kind = 'organization' AND uscc IS NOT NULL AND former_name IN (?, ?, ?))) ORDER BY system, id LIMIT 20");
const QString kOrganizationsByUscc =
    QStringLiteral("SELECT id FROM account WHERE kind = 'organization' AND uscc IN (?, ?, ?) ORDER BY id");
const QString kDelegatingOrganizations = QStringLiteral(
    "SELECT DISTINCT organization_id FROM delegation WHERE person_id = ? AND revoked_at IS NULL "
    "ORDER BY organization_id");

// What to tell the caller: the words of seed 001, part one. Callers are told this in Chinese whatever language the
// desk's screen is in, so these texts are not translated.
QString say(const char *text)
{
    return QString::fromUtf8(text);
}

QString guidanceFor(const QString &caseCode, const QString &legacyLogin, const QString &platformLogin)
{
    if (caseCode == QLatin1String("O1"))
        return say("查询结果显示在科技部政务服务平台继续使用原火炬中心用户名（统一社会信用代码：%1）和密码。"
                   "直接用原有账号密码在科技部政务服务平台法人登陆窗口登录，再进行实名认证，认证后可以进入火炬中心"
                   "高企认定、科小企评价等相关业务系统。如果科技部政务服务平台提示登录名或密码错误的，说明您已经登录"
                   "成功并修改过密码，请再进行密码找回操作。")
            .arg(platformLogin);
    if (caseCode == QLatin1String("O2"))
        return say("查询结果显示在科技部政务服务平台已注册账号，且登录名为统一社会信用代码（%1）。直接前往科技部政务"
                   "服务平台用统一信用代码在法人登陆窗口登陆，密码通过忘记密码找回，找回后再进行实名认证，认证后可以"
                   "进入火炬中心高企认定、科小企评价等相关业务系统。原因：这是因为在科技部政务服务平台用信用代码为登录"
                   "名注册过账号，但密码是自己注册时设置的，所以需要用自己设置的密码或者忘记密码找回后再登陆。")
            .arg(platformLogin);
    if (caseCode == QLatin1String("O3"))
        return say("查询结果显示在科技部政务服务平台的法人账号登录名为“HJ_”加原火炬中心用户名（%1）同时密码不变。"
                   "请直接在科技部政务服务平台法人登陆窗口登陆，进行实名认证，认证完成后，可以进入相关业务系统。"
                   "原因：虽然该企业之前在政务服务平台没有注册过账号，但是该企业的统一社会信用代码在科技部政务服务平台"
                   "上已经被某人注册成了自然人账号。")
            .arg(platformLogin);
    if (caseCode == QLatin1String("O4")) {
        const QString where = platformLogin == legacyLogin
            ? say("查询结果显示在科技部政务服务平台使用原火炬中心用户名（%1）为自然人账号，同时密码不变。"
                  "直接用原有账号密码在科技部政务服务平台自然人登陆窗口登陆，")
                  .arg(platformLogin)
            : say("查询结果显示在科技部政务服务平台原火炬中心用户名已转为自然人账号，登录名为“HJ_”加原火炬中心用户名"
                  "（%1），同时密码不变。直接用该登录名和原有密码在科技部政务服务平台自然人登陆窗口登陆，")
                  .arg(platformLogin);
        return where
            + say("进行实名认证，认证完成后，该账号自动获得了该企业的高企认定和科小企评价等业务系统授权，可以进入高企"
                  "认定和科小企评价业务系统。如想知道法人账号用户名及密码，请通过忘记密码功能获取相关联系人信息。"
                  "原因：这是因为该企业之前在政务服务平台注册过账号，而该账号登录名不是统一社会信用代码，原有火炬中心"
                  "账号系统自动授权为自然人账号。");
    }
    if (caseCode == QLatin1String("P1"))
        return say("查询结果显示，已在火炬中心业务办理平台注册个人账号的，前往科技部政务服务平台在自然人登陆窗口用原账号"
                   "（%1）密码登陆。再进行实名认证，认证后进行相关业务操作。如提示用户名密码不正确，通过忘记密码找回后"
                   "再登陆即可。")
            .arg(platformLogin);
    if (caseCode == QLatin1String("P2"))
        return say("查询结果显示在科技部政务服务平台已注册账号，且登录名为手机号（%1）。直接前往科技部政务服务平台用手机号"
                   "在自然人窗口登陆，通过自己设置的密码或忘记密码找回登陆，登陆后再进行实名认证，认证后进行相关业务"
                   "操作。原因：这是因为在科技部政务服务平台用手机号为登录名注册过账号，但密码是自己注册时设置的，所以"
                   "需要用自己设置的密码或者忘记密码找回再登陆。")
            .arg(platformLogin);
    if (caseCode == QLatin1String("P3"))
        return say("查询结果显示在科技部政务服务平台的自然人账号登录名为“HJ_”加原火炬中心用户名（%1）同时密码不变。"
                   "请直接在科技部政务服务平台自然人登陆窗口登陆，进行实名认证，认证完成后，可以进入相关业务系统。"
                   "原因：虽然该个人用户之前在政务服务平台没有注册过账号，但是该个人用户的手机号在科技部政务服务平台上"
                   "已经被某人注册成了登陆名为手机号的自然人账号。")
            .arg(platformLogin);
    if (caseCode == QLatin1String("P4"))
        // The login itself is not read out: its owner recovers it by a person appeal, after proving who they are.
        return say("查询结果显示在科技部政务服务平台未用手机号（%1）做为登陆名注册过账号，但该手机号的相关自然人进行了"
                   "实名认证，并且忘记登陆名的，需要通过自然人申诉找回密码，密码找回后进行相关业务操作。原因：这是因为"
                   "科技部政务平台一个身份证信息只能进行一次账号实名认证，但是可以注册多个账号，所以如忘记已实名认证"
                   "账号的登陆名，可以通过自然人账号申诉进行找回。")
            .arg(legacyLogin);
    return {};
}

QString guidanceO0(bool hasOrganizationAccount)
{
    if (hasOrganizationAccount)
        return say("未在火炬中心业务办理平台注册过账号，已在科技部政务服务平台注册过法人账号，直接登录账号进行实名认证，"
                   "认证后可以进入火炬中心高企认定、科小企评价等相关业务系统。如忘记密码，点击忘记密码找回后再登陆操作。");
    return say("未在火炬中心业务办理平台注册过账号，也未在科技部政务服务平台注册过法人账号，需要在政务平台注册法人单位"
               "账号，注册完成后进行实名认证，认证后可以进入火炬中心高企认定、科小企评价等相关业务系统。");
}

QString guidanceP0()
{
    return say("未在火炬中心业务办理平台注册个人账号的，直接前往科技部政务平台注册自然人账号，注册完成后登陆，"
               "再进行实名认证，认证后进行相关业务操作。");
}

QString guidancePending(const QString &legacyLogin, const QString &conflictReason)
{
    if (!conflictReason.isEmpty())
        return say("该火炬中心账号（%1）未能自动转移到科技部政务服务平台，请记录来电并转交管理员处理。")
            .arg(legacyLogin);
    return say("该火炬中心账号（%1）尚未转移到科技部政务服务平台，请转移完成后再查询，或请来电人稍后再试。")
        .arg(legacyLogin);
}

QString compact(const QString &input)
{
    QString s = ids::foldFullWidth(input).trimmed();
    s.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    return s;
}

struct LegacyHit
{
    qint64 id = 0;
    QString system;
    QString login;
    QString kind;
    QString caseCode;
    qint64 platformAccountId = 0;
    QString conflictReason;
};

} // namespace

QJsonObject MigrationAnswer::toJson() const
{
    QJsonObject o{{QStringLiteral("system"), system.isEmpty() ? QJsonValue() : QJsonValue(system)},
                  {QStringLiteral("case"), caseCode.isEmpty() ? QJsonValue() : QJsonValue(caseCode)},
                  {QStringLiteral("migrated"), migrated},
                  {QStringLiteral("platform_login"), platformLogin.isEmpty() ? QJsonValue() : QJsonValue(platformLogin)},
                  {QStringLiteral("sign_in_window"), signInWindow},
                  {QStringLiteral("guidance"), guidance},
                  {QStringLiteral("accounts"), accounts}};
    if (!legacyLogin.isEmpty())
        o[QStringLiteral("legacy_login")] = legacyLogin;
    if (!conflictReason.isEmpty())
        o[QStringLiteral("conflict_reason")] = conflictReason;
    return o;
}

QJsonObject MigrationLookup::Answer::toJson() const
{
    QJsonObject o = results.isEmpty() ? QJsonObject() : results.first().toJson();
    QJsonArray all;
    for (const MigrationAnswer &a : results)
        all.append(a.toJson());
    o[QStringLiteral("query")] = input;
    o[QStringLiteral("by")] = byName(by);
    o[QStringLiteral("count")] = int(results.size());
    o[QStringLiteral("results")] = all;
    if (!warning.isEmpty())
        o[QStringLiteral("warning")] = warning;
    return o;
}

MigrationLookup::MigrationLookup(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

QString MigrationLookup::byName(By by)
{
    switch (by) {
    case By::Uscc: return QStringLiteral("uscc");
    case By::Phone: return QStringLiteral("phone");
    case By::Login: return QStringLiteral("login");
    case By::Name: return QStringLiteral("name");
    }
    return {};
}

MigrationLookup::By MigrationLookup::guess(const QString &input)
{
    const QString folded = ids::foldFullWidth(input).trimmed();
    QString code = compact(folded);
    if (code.startsWith(QLatin1String("+86")))
        code = code.mid(3);
    if (ids::isMainlandMobile(code))
        return By::Phone;
    static const QRegularExpression usccShape(QStringLiteral("^[0-9A-Za-z]{18}$"));
    if (usccShape.match(code).hasMatch())
        return By::Uscc;
    for (const QChar c : folded) {
        if (c.unicode() > 0x7f || c.isSpace())
            return By::Name;
    }
    return By::Login;
}

Result<MigrationLookup::Answer> MigrationLookup::find(By by, const QString &input)
{
    if (auto s = Permissions::require(m_session->staff(), Action::LookupMigration); !s)
        return s.error();
    Database &db = m_session->database();
    AccountRepository accounts(db);

    Answer answer;
    answer.by = by;
    QString sql;
    QVariantList values;
    bool usccLike = false;
    bool phoneLike = false;
    QString code; // the code as typed, compacted

    auto checkUscc = [&](const QString &typed) {
        const QString upper = typed.toUpper();
        const ids::UsccCheck check = ids::checkUscc(upper);
        if (check.valid())
            return;
        const QChar expected = ids::usccCheckCharacter(QStringView(upper).left(17));
        if (check.problem != ids::UsccCheck::Problem::CheckCharacter && !expected.isNull())
            // The check character is right but a part breaks its rule (GB 32100 authority, type, division code).
            answer.warning = tr("%1 Searched as a legacy code, as typed.").arg(check.message());
        else if (!expected.isNull())
            answer.warning = tr("The check character of this USCC should be %1, not %2: a mistyped code, or a legacy "
                                "code that Torch accepted. Searched as typed.")
                                 .arg(expected)
                                 .arg(upper.at(17));
        else
            answer.warning = tr("This is not a valid USCC (it holds characters a USCC never has): searched as a legacy "
                                "code, as typed.");
    };

    switch (by) {
    case By::Uscc: {
        code = compact(input);
        static const QRegularExpression shape(QStringLiteral("^[0-9A-Za-z]{18}$"));
        if (!shape.match(code).hasMatch())
            return Error(Error::Code::InvalidInput,
                         tr("A USCC has 18 letters and digits; \"%1\" does not.").arg(input.trimmed()));
        checkUscc(code);
        answer.input = code.toUpper();
        usccLike = true;
        sql = kLegacyByUscc;
        values = {code, code.toUpper(), code.toLower(), code, code.toUpper(), code.toLower()};
        break;
    }
    case By::Phone: {
        QString phone = compact(input);
        if (phone.startsWith(QLatin1String("+86")))
            phone = phone.mid(3);
        if (!ids::isMainlandMobile(phone))
            return Error(Error::Code::InvalidInput,
                         tr("\"%1\" is not a mainland mobile number (11 digits starting 13 to 19).").arg(input.trimmed()));
        answer.input = phone;
        phoneLike = true;
        sql = QString(kLegacyByPhone)
                  .replace(QStringLiteral("{phone}"), db.dialect().personalMatch(QStringLiteral("legacy_account"),
                                                                                 QStringLiteral("phone"), 1));
        values = {phone, phone};
        break;
    }
    case By::Login: {
        const QString login = ids::foldFullWidth(input).trimmed();
        if (login.isEmpty() || login.size() > 100 || login.contains(QRegularExpression(QStringLiteral("\\s"))))
            return Error(Error::Code::InvalidInput,
                         tr("Give a legacy login: 1 to 100 characters without spaces."));
        answer.input = login;
        code = login;
        static const QRegularExpression codeShape(QStringLiteral("^[0-9A-Za-z]{18}$"));
        usccLike = codeShape.match(login).hasMatch() && !ids::isMainlandMobile(login);
        phoneLike = ids::isMainlandMobile(login);
        if (usccLike)
            checkUscc(login);
        sql = kLegacyByLogin;
        values = {login, login.toUpper(), login.toLower()};
        break;
    }
    case By::Name: {
        // Registered names hold full-width brackets, 晟亚生物科技（杭州）…, or half-width ones; the agent may type
        // either: the name is tried as typed, folded to half-width and with full-width brackets.
        const QString name = input.simplified();
        const QString folded = ids::foldFullWidth(name);
        QString widened = folded;
        widened.replace(QLatin1Char('('), QChar(0xFF08)).replace(QLatin1Char(')'), QChar(0xFF09));
        if (name.size() < 2 || name.size() > 100)
            return Error(Error::Code::InvalidInput,
                         tr("Give the organization's full name as registered (2 to 100 characters)."));
        answer.input = name;
        sql = kLegacyByName;
        values = {name, folded, widened, name, folded, widened, name, folded, widened};
        break;
    }
    }

    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    QVector<LegacyHit> hits;
    while (q->next())
        hits.append(LegacyHit{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toString(), q->value(4).toString(), q->value(5).toLongLong(),
                              q->value(6).toString()});
    q->finish();

    auto masked = [&](qint64 id, const QString &relation) -> Result<QJsonObject> {
        auto rec = accounts.record(id);
        if (!rec)
            return rec.error();
        QJsonObject o = LookupService::toMaskedJson(*rec);
        o[QStringLiteral("relation")] = relation;
        return o;
    };

    for (const LegacyHit &hit : std::as_const(hits)) {
        MigrationAnswer a;
        a.system = hit.system;
        a.legacyLogin = hit.login;
        a.conflictReason = hit.conflictReason;
        const bool organization = hit.kind == QLatin1String("organization");
        a.signInWindow = organization ? QStringLiteral("organization") : QStringLiteral("person");
        if (hit.caseCode.isEmpty() || hit.platformAccountId == 0) {
            a.guidance = guidancePending(hit.login, hit.conflictReason);
            answer.results.append(a);
            continue;
        }
        a.caseCode = hit.caseCode;
        a.migrated = true;
        auto linked = masked(hit.platformAccountId, QStringLiteral("linked"));
        if (!linked)
            return linked.error();
        a.platformLogin = linked->value(QStringLiteral("login")).toString();
        a.accounts.append(*linked);
        if (hit.caseCode == QLatin1String("O4")) {
            a.signInWindow = QStringLiteral("person");
            auto orgs = db.exec(kDelegatingOrganizations, {hit.platformAccountId});
            if (!orgs)
                return orgs.error();
            QVector<qint64> orgIds;
            while (orgs->next())
                orgIds.append(orgs->value(0).toLongLong());
            orgs->finish();
            for (qint64 id : std::as_const(orgIds)) {
                auto org = masked(id, QStringLiteral("delegating_organization"));
                if (!org)
                    return org.error();
                a.accounts.append(*org);
            }
        }
        a.guidance = guidanceFor(a.caseCode, hit.login, a.platformLogin);
        answer.results.append(a);
    }

    if (answer.results.isEmpty() && usccLike) {
        MigrationAnswer a;
        a.caseCode = QStringLiteral("O0");
        a.migrated = true;
        a.signInWindow = QStringLiteral("organization");
        auto orgs = db.exec(kOrganizationsByUscc, {code, code.toUpper(), code.toLower()});
        if (!orgs)
            return orgs.error();
        QVector<qint64> orgIds;
        while (orgs->next())
            orgIds.append(orgs->value(0).toLongLong());
        orgs->finish();
        for (qint64 id : std::as_const(orgIds)) {
            auto org = masked(id, QStringLiteral("existing_organization"));
            if (!org)
                return org.error();
            a.accounts.append(*org);
        }
        a.guidance = guidanceO0(!orgIds.isEmpty());
        answer.results.append(a);
    } else if (answer.results.isEmpty() && phoneLike) {
        MigrationAnswer a;
        a.caseCode = QStringLiteral("P0");
        a.migrated = true;
        a.signInWindow = QStringLiteral("person");
        a.guidance = guidanceP0();
        answer.results.append(a);
    }
    return answer;
}

} // namespace desk
