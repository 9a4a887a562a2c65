#pragma once

// Accounts and rows that the merge tests share (tst_mergeservice, tst_mergecli, tst_pgmergesecurity): a person
// registered twice (one account bound), with delegations that conflict, projects, a legacy link, open and closed
// cases and call history; an O4 person and its organization; two organizations sharing a USCC; an organization
// registered again after a rename; and two colleagues delegated by one organization (transfers).

#include "TestData.h"
#include "TestDocuments.h"
#include "TestDatabase.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariantList>

namespace desk::test {

inline qint64 insertRow(Database &db, QString sql, const QVariantList &values)
{
    const bool pg = db.url().isPostgres();
    if (pg)
        sql += QStringLiteral(" RETURNING id");
    auto q = db.exec(sql, values);
    if (!q)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().message));
    const qint64 id = pg ? (q->next() ? q->value(0).toLongLong() : 0) : q->lastInsertId().toLongLong();
    q->finish();
    return id;
}

inline QString scalarOf(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    if (!q)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().message));
    const QString v = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return v;
}

// Every row of the tables a merge touches, as text, for "before the merge equals after the undo".
inline QStringList dumpMergeTables(Database &db)
{
    QStringList out;
    for (const char *table : {"account", "delegation", "project", "legacy_account", "appeal", "real_name_review",
                              "account_event"}) {
        auto q = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QString::fromLatin1(table)));
        if (!q)
            qFatal("dump %s: %s", table, qPrintable(q.error().message));
        while (q->next()) {
            QStringList values;
            for (int i = 0; i < q->record().count(); ++i)
                values << (q->value(i).isNull() ? QStringLiteral("<null>") : q->value(i).toString());
            out << QString::fromLatin1(table) + QLatin1Char(':') + values.join(QLatin1Char('|'));
        }
        q->finish();
    }
    return out;
}

struct MergeSeed
{
    qint64 org = 0;      // 测试科技有限公司, delegates to both twins
    qint64 source = 0;   // dup_s: registered twice, not bound
    qint64 target = 0;   // dup_t: the bound twin
    qint64 d1 = 0, d2 = 0, d3 = 0; // d1 (source, system 1, later expiry), d2 (target, system 1, earlier), d3
    qint64 p1 = 0, p2 = 0, p3 = 0; // p1, p2 of the source; p3 of the target
    qint64 legacy = 0;
    qint64 openAppeal = 0, closedAppeal = 0, openReview = 0;
    qint64 e1 = 0, e2 = 0;
    qint64 o4Person = 0, o4Org = 0;
    qint64 usccA = 0, usccB = 0;
    qint64 oldOrg = 0, renamedOrg = 0, oldProject = 0;
    qint64 leaver = 0, colleague = 0, outsider = 0, leaverP1 = 0, leaverP2 = 0;
    QString idNumber;
};

inline MergeSeed seedMerges(Database &db)
{
    MergeSeed s;
    s.idNumber = residentId("11010519900505001");
    AccountSeed org = accountSeed(QStringLiteral("org_dup"), QStringLiteral("organization"), QStringLiteral("测试科技有限公司"),
                                  validUscc("91110000MA01ABCD1"));
    s.org = insertAccount(db, org);
    AccountSeed src = accountSeed(QStringLiteral("dup_s"), QStringLiteral("person"), QStringLiteral("张三"));
    src.idNumber = s.idNumber;
    s.source = insertAccount(db, src);
    AccountSeed tgt = accountSeed(QStringLiteral("dup_t"), QStringLiteral("person"), QStringLiteral("张三"));
    tgt.idNumber = s.idNumber;
    tgt.realNameStatus = QStringLiteral("verified_national");
    s.target = insertAccount(db, tgt);
    const QString delegation = QStringLiteral("INSERT INTO delegation (organization_id, person_id, business_system_id, "
                                              "role, granted_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)");
    s.d1 = insertRow(db, delegation, {s.org, s.source, 1, QStringLiteral("admin"),
                                      QStringLiteral("2025-01-01T00:00:00.000Z"), QStringLiteral("2027-06-01T00:00:00.000Z")});
    s.d2 = insertRow(db, delegation, {s.org, s.target, 1, QStringLiteral("handler"),
                                      QStringLiteral("2025-02-01T00:00:00.000Z"), QStringLiteral("2027-01-01T00:00:00.000Z")});
    s.d3 = insertRow(db, delegation,
                     {s.org, s.source, 2, QStringLiteral("handler"), QStringLiteral("2025-03-01T00:00:00.000Z"), QVariant()});
    const QString project = QStringLiteral("INSERT INTO project (account_id, business_system_id, reference, title, "
                                           "status, created_at) VALUES (?, ?, ?, ?, 'active', '2025-05-01T00:00:00.000Z')");
    s.p1 = insertRow(db, project, {s.source, 1, QStringLiteral("HGR-1"), QStringLiteral("项目一")});
    s.p2 = insertRow(db, project, {s.source, 2, QStringLiteral("HTE-2"), QStringLiteral("项目二")});
    s.p3 = insertRow(db, project, {s.target, 1, QStringLiteral("HGR-3"), QStringLiteral("项目三")});
    s.legacy = insertRow(db, QStringLiteral("INSERT INTO legacy_account (system, legacy_login, kind, name, migration_case, "
                                            "platform_account_id) VALUES ('torch', 'ts_zhangsan', 'person', '张三', 'P1', ?)"),
                         {s.source});
    const QString appeal = QStringLiteral("INSERT INTO appeal (appeal_type, state, account_id, applicant_name, "
                                          "submitted_at) VALUES ('person_recovery', ?, ?, '张三', '2026-11-01T00:00:00.000Z')");
    s.openAppeal = insertRow(db, appeal, {QStringLiteral("new"), s.source});
    s.closedAppeal = insertRow(db, appeal, {QStringLiteral("rejected"), s.source});
    s.openReview = insertRow(db, QStringLiteral("INSERT INTO real_name_review (ref, review_type, account_id, state, "
                                                "subject_number, submitted_at) VALUES ('RN-M1', 'person', ?, 'new', ?, "
                                                "'2026-11-02T00:00:00.000Z')"),
                             {s.source, s.idNumber});
    const QString event = QStringLiteral("INSERT INTO account_event (account_id, occurred_at, kind, detail) "
                                         "VALUES (?, ?, 'call', ?)");
    s.e1 = insertRow(db, event, {s.source, QStringLiteral("2026-10-01T01:00:00.000Z"), QStringLiteral("asked about login")});
    s.e2 = insertRow(db, event, {s.source, QStringLiteral("2026-10-02T01:00:00.000Z"), QStringLiteral("called again")});

    // O4: a person account whose login is its organization's USCC.
    const QString o4Uscc = validUscc("91310000MA1FL04X2");
    s.o4Org = insertAccount(db, accountSeed(QStringLiteral("org_o4"), QStringLiteral("organization"),
                                            QStringLiteral("火炬迁移有限公司"), o4Uscc));
    s.o4Person = insertAccount(db, accountSeed(o4Uscc, QStringLiteral("person"), QStringLiteral("火炬迁移有限公司")));
    // Two organization accounts with one USCC.
    const QString shared = validUscc("91440300MA5ETW8N1");
    s.usccA = insertAccount(db, accountSeed(QStringLiteral("twin_a"), QStringLiteral("organization"),
                                            QStringLiteral("双胞胎有限公司"), shared));
    s.usccB = insertAccount(db, accountSeed(QStringLiteral("twin_b"), QStringLiteral("organization"),
                                            QStringLiteral("双胞胎有限公司"), shared));
    // Registered again after a rename.
    s.oldOrg = insertAccount(db, accountSeed(QStringLiteral("old_org"), QStringLiteral("organization"),
                                             QStringLiteral("旧名称研究所"), validUscc("121000004000001LD")));
    AccountSeed renamed = accountSeed(QStringLiteral("new_org"), QStringLiteral("organization"),
                                      QStringLiteral("新名称研究院"), validUscc("121000004000002NW"));
    renamed.formerName = QStringLiteral("旧名称研究所");
    s.renamedOrg = insertAccount(db, renamed);
    s.oldProject = insertRow(db, project, {s.oldOrg, 3, QStringLiteral("TSME-9"), QStringLiteral("旧项目")});
    // Colleagues of one organization, and somebody of another.
    s.leaver = insertAccount(db, accountSeed(QStringLiteral("leaver01"), QStringLiteral("person"), QStringLiteral("王五")));
    s.colleague = insertAccount(db, accountSeed(QStringLiteral("colleague01"), QStringLiteral("person"), QStringLiteral("赵六")));
    s.outsider = insertAccount(db, accountSeed(QStringLiteral("outsider01"), QStringLiteral("person"), QStringLiteral("孙七")));
    insertRow(db, delegation, {s.org, s.leaver, 1, QStringLiteral("handler"), QStringLiteral("2025-01-01T00:00:00.000Z"),
                               QVariant()});
    insertRow(db, delegation, {s.org, s.colleague, 1, QStringLiteral("handler"),
                               QStringLiteral("2025-01-01T00:00:00.000Z"), QStringLiteral("2099-01-01T00:00:00.000Z")});
    insertRow(db, delegation, {s.usccA, s.outsider, 1, QStringLiteral("handler"),
                               QStringLiteral("2025-01-01T00:00:00.000Z"), QVariant()});
    s.leaverP1 = insertRow(db, project, {s.leaver, 1, QStringLiteral("HGR-L1"), QStringLiteral("离职者项目一")});
    s.leaverP2 = insertRow(db, project, {s.leaver, 1, QStringLiteral("HGR-L2"), QStringLiteral("离职者项目二")});
    return s;
}

inline void insertStaffRow(Database &db, const QString &login, const QString &role)
{
    auto q = db.exec(QStringLiteral("INSERT INTO staff (login, display_name, role, active, created_at) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {login, login, role, true, QStringLiteral("2024-01-01T00:00:00.000Z")});
    if (!q)
        qFatal("staff %s: %s", qPrintable(login), qPrintable(q.error().message));
    q->finish();
}

} // namespace desk::test
