<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>desk::AccountDetailPanel</name>
    <message>
        <source>Select an account in the list to see its details.</source>
        <translation>在列表中选择一个账号以查看详情。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(revealed, audited)</source>
        <translation>（已查看明文，已记入审计）</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>查看明文…</translation>
    </message>
    <message>
        <source>Show the %1 in clear. You will be asked for a reason, which is audited.</source>
        <translation>显示%1的明文。需要填写原因，并记入审计日志。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>账号类型：</translation>
    </message>
    <message>
        <source>Organization name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Name at registration:</source>
        <translation>注册时名称：</translation>
    </message>
    <message>
        <source>Account status:</source>
        <translation>账号状态：</translation>
    </message>
    <message>
        <source>Real-name verification:</source>
        <translation>实名认证：</translation>
    </message>
    <message>
        <source>Identity region:</source>
        <translation>身份类型：</translation>
    </message>
    <message>
        <source>ID document type:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>ID valid:</source>
        <translation>证件有效期：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Reserved phone:</source>
        <translation>预留手机号：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>注册时间：</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Merged into:</source>
        <translation>已合并到：</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>must be changed at the next sign-in</source>
        <translation>下次登录时须修改</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>check character is wrong (legacy data)</source>
        <translation>校验码错误（旧数据）</translation>
    </message>
    <message>
        <source>USCC:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Legal person type:</source>
        <translation>法人类型：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID:</source>
        <translation>法定代表人证件号码：</translation>
    </message>
    <message>
        <source>Primary agent:</source>
        <translation>主代办人：</translation>
    </message>
    <message>
        <source>Delegations granted</source>
        <translation>对外授权</translation>
    </message>
    <message>
        <source>Delegations held</source>
        <translation>获得的授权</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Legacy accounts and migration</source>
        <translation>旧系统账号与迁移</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No delegations.</source>
        <translation>无授权。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Business system</source>
        <translation>业务系统</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>授权时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>无项目。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Not linked to a legacy account.</source>
        <translation>未关联旧系统账号。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Legacy login</source>
        <translation>旧系统登录名</translation>
    </message>
    <message>
        <source>Migration case</source>
        <translation>迁移情形</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>迁移时间</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>无历史记录。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation>法人信息</translation>
    </message>
</context>
<context>
    <name>desk::AccountLabels</name>
    <message>
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未实名</translation>
    </message>
    <message>
        <source>Verified (national platform)</source>
        <translation>国家平台实名认证通过</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>实名认证失败</translation>
    </message>
    <message>
        <source>Manual review pending</source>
        <translation>实名认证审核中</translation>
    </message>
    <message>
        <source>Verified (manual review)</source>
        <translation>科技部平台人工审核通过</translation>
    </message>
    <message>
        <source>Pending activation</source>
        <translation>待激活</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
</context>
<context>
    <name>desk::AccountListModel</name>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Real-name status</source>
        <translation>实名状态</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>账号状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>desk::AccountRepository</name>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>账号 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>desk::AuditLog</name>
    <message>
        <source>locking the audit log</source>
        <translation>锁定审计日志</translation>
    </message>
    <message>
        <source>Could not write the audit log, so nothing was changed: %1</source>
        <translation>无法写入审计日志，因此未做任何更改：%1</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>Row %1 is missing: the log jumps from row %2 to row %3 (a row was deleted).</source>
        <translation>第 %1 行缺失：日志从第 %2 行跳到第 %3 行（有行被删除）。</translation>
    </message>
    <message>
        <source>Row %1 appears out of order.</source>
        <translation>第 %1 行顺序错乱。</translation>
    </message>
    <message>
        <source>Row %1 does not chain to the row before it (a row was inserted or replaced).</source>
        <translation>第 %1 行与上一行的哈希链不衔接（有行被插入或替换）。</translation>
    </message>
    <message>
        <source>Row %1 was altered: its content no longer matches its hash.</source>
        <translation>第 %1 行被篡改：内容与哈希值不符。</translation>
    </message>
</context>
<context>
    <name>desk::AuthService</name>
    <message>
        <source>Enter your staff login name.</source>
        <translation>请输入工作人员登录名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Wrong login name or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>The database role &quot;%1&quot; is not registered as IdentityDesk staff.</source>
        <translation>数据库角色“%1”未登记为身份服务台工作人员。</translation>
    </message>
    <message>
        <source>The staff account &quot;%1&quot; is disabled.</source>
        <translation>工作人员账号“%1”已停用。</translation>
    </message>
    <message>
        <source>Name your database role in the URL: postgresql://ROLE@host:port/dbname</source>
        <translation>请在地址中写明数据库角色：postgresql://角色@主机:端口/数据库名</translation>
    </message>
    <message>
        <source>Only an embedded database can be opened without a password.</source>
        <translation>只有内置数据库可以不用密码打开。</translation>
    </message>
</context>
<context>
    <name>desk::CsvImporter</name>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>应有 %1 列，实际 %2 列</translation>
    </message>
    <message>
        <source>invalid login &quot;%1&quot; (4 to 64 letters, digits or underscores)</source>
        <translation>登录名“%1”无效（4 至 64 个字母、数字或下划线）</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (person or organization)</source>
        <translation>未知的账号类型“%1”（person 或 organization）</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>unknown real-name status &quot;%1&quot;</source>
        <translation>未知的实名认证状态“%1”</translation>
    </message>
    <message>
        <source>unknown organization type &quot;%1&quot;</source>
        <translation>未知的法人类型“%1”</translation>
    </message>
    <message>
        <source>unknown ID type &quot;%1&quot;</source>
        <translation>未知的证件类型“%1”</translation>
    </message>
    <message>
        <source>an organization needs a USCC</source>
        <translation>法人账号必须有统一社会信用代码</translation>
    </message>
    <message>
        <source>invalid USCC &quot;%1&quot; (shape or check character)</source>
        <translation>统一社会信用代码“%1”无效（格式或校验码错误）</translation>
    </message>
    <message>
        <source>invalid resident ID &quot;%1&quot;: %2</source>
        <translation>居民身份证号码“%1”无效：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland mobile number</source>
        <translation>“%1”不是中国大陆手机号</translation>
    </message>
    <message>
        <source>malformed created_at &quot;%1&quot; (ISO 8601 expected)</source>
        <translation>created_at“%1”格式错误（应为 ISO 8601）</translation>
    </message>
    <message>
        <source>the legacy login is empty</source>
        <translation>旧系统登录名为空</translation>
    </message>
    <message>
        <source>malformed registered_at &quot;%1&quot; (ISO 8601 expected)</source>
        <translation>registered_at“%1”格式错误（应为 ISO 8601）</translation>
    </message>
    <message>
        <source>Name the legacy system, e.g. torch.</source>
        <translation>请指定旧系统，例如 torch。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, and this build cannot read GB18030.</source>
        <translation>%1 不是 UTF-8 编码，而本程序无法读取 GB18030。</translation>
    </message>
    <message>
        <source>%1 is empty; the first line must be the header: %2</source>
        <translation>%1 为空；第一行必须是表头：%2</translation>
    </message>
    <message>
        <source>The header of %1 must be
  %2
but is
  %3</source>
        <translation>%1 的表头应为
  %2
实际为
  %3</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>引号内的字段没有闭合</translation>
    </message>
    <message>
        <source>duplicate of line %1 (%2)</source>
        <translation>与第 %1 行重复（%2）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>(row not found)</source>
        <translation>（未找到该行）</translation>
    </message>
    <message>
        <source>already exists with a different %1; left unchanged</source>
        <translation>已存在且 %1 不同；保持不变</translation>
    </message>
</context>
<context>
    <name>desk::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed on this computer.</source>
        <translation>本机未安装 Qt SQL 驱动 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database refused the sign-in of &quot;%1&quot;: wrong login name or password.</source>
        <translation>数据库拒绝了“%1”的登录：登录名或密码错误。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an IdentityDesk database (%2).</source>
        <translation>%1 不是身份服务台数据库（%2）。</translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation>准备连接</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>读取数据库结构版本</translation>
    </message>
    <message>
        <source>This database was written by a newer IdentityDesk (schema version %1; this program knows up to %2). Install the newer IdentityDesk; nothing was changed.</source>
        <translation>该数据库由更新版本的身份服务台写入（结构版本 %1；本程序最高支持 %2）。请安装新版身份服务台；未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 holds no IdentityDesk schema yet. An administrator sets it up with &quot;identitydesk-cli db migrate --db URL&quot;.</source>
        <translation>数据库 %1 尚未建立身份服务台的数据结构。请管理员运行“identitydesk-cli db migrate --db URL”进行初始化。</translation>
    </message>
    <message>
        <source>The database schema is at version %1 but this program needs %2. An administrator upgrades it with &quot;identitydesk-cli db migrate --db URL&quot;.</source>
        <translation>数据库结构版本为 %1，本程序需要 %2。请管理员运行“identitydesk-cli db migrate --db URL”进行升级。</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>创建结构版本表</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>程序中缺少迁移脚本 %1。</translation>
    </message>
    <message>
        <source>checking migration %1</source>
        <translation>检查迁移 %1</translation>
    </message>
    <message>
        <source>applying schema migration %1</source>
        <translation>执行结构迁移 %1</translation>
    </message>
    <message>
        <source>recording schema migration %1</source>
        <translation>记录结构迁移 %1</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>准备语句</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>执行查询</translation>
    </message>
    <message>
        <source>The connection to the database was lost while %1. Nothing was saved; try again when the server is reachable. (%2)</source>
        <translation>%1时与数据库的连接中断。未保存任何内容；请在服务器可访问时重试。（%2）</translation>
    </message>
    <message>
        <source>Conflict while %1: %2</source>
        <translation>%1时发生冲突：%2</translation>
    </message>
    <message>
        <source>The database does not allow your role to do this (%1): %2</source>
        <translation>数据库不允许您的角色执行此操作（%1）：%2</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>%1时数据库出错：%2</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>desk::DatabaseUrl</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>数据库地址为空。</translation>
    </message>
    <message>
        <source>The SQLite URL names no file: write sqlite:/path/to/file.db</source>
        <translation>SQLite 地址未指定文件：请写作 sqlite:/路径/文件.db</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed (%1). Write postgresql://user@host:port/dbname</source>
        <translation>PostgreSQL 地址格式错误（%1）。请写作 postgresql://用户@主机:端口/数据库名</translation>
    </message>
    <message>
        <source>Do not put a password in the database URL: it would end up in settings and logs. Leave it out; IdentityDesk asks for it.</source>
        <translation>请勿在数据库地址中写入密码：它会被记入设置和日志。请去掉密码，身份服务台会另行询问。</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: write postgresql://user@host:port/dbname</source>
        <translation>PostgreSQL 地址未指定数据库：请写作 postgresql://用户@主机:端口/数据库名</translation>
    </message>
    <message>
        <source>The port in the database URL is out of range.</source>
        <translation>数据库地址中的端口超出范围。</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;: use one of %2.</source>
        <translation>未知的 sslmode“%1”：请使用 %2 之一。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database URL: only sslmode is understood.</source>
        <translation>数据库地址中有未知选项“%1”：仅支持 sslmode。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL: it must start with sqlite: or postgresql://</source>
        <translation>“%1”不是数据库地址：必须以 sqlite: 或 postgresql:// 开头</translation>
    </message>
</context>
<context>
    <name>desk::DemoGenerator</name>
    <message>
        <source>The numbers of persons and organizations cannot be negative.</source>
        <translation>自然人和法人的数量不能为负数。</translation>
    </message>
    <message>
        <source>Demo data is placed after the Torch migration of March 2022: choose a date from 2023 on.</source>
        <translation>演示数据位于 2022 年 3 月火炬中心迁移之后：请选择 2023 年及以后的日期。</translation>
    </message>
    <message>
        <source>counting accounts</source>
        <translation>统计账号</translation>
    </message>
    <message>
        <source>The database already holds %1 accounts; demo data goes into an empty database only.</source>
        <translation>数据库中已有 %1 个账号；演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>reading the business systems</source>
        <translation>读取业务系统</translation>
    </message>
    <message>
        <source>The business system &quot;%1&quot; is missing from the database.</source>
        <translation>数据库中缺少业务系统“%1”。</translation>
    </message>
    <message>
        <source>reading the index definitions</source>
        <translation>读取索引定义</translation>
    </message>
    <message>
        <source>preparing the demo load</source>
        <translation>准备导入演示数据</translation>
    </message>
    <message>
        <source>creating the index %1</source>
        <translation>创建索引 %1</translation>
    </message>
    <message>
        <source>advancing the account id sequence</source>
        <translation>推进账号编号序列</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was written.</source>
        <translation>已取消生成演示数据；未写入任何内容。</translation>
    </message>
    <message>
        <source>writing the registration events</source>
        <translation>写入注册事件</translation>
    </message>
    <message>
        <source>writing demo rows into %1</source>
        <translation>向 %1 写入演示数据</translation>
    </message>
    <message>
        <source>preparing the demo insert into %1</source>
        <translation>准备向 %1 插入演示数据</translation>
    </message>
</context>
<context>
    <name>desk::GuiMain</name>
    <message>
        <source>IdentityDesk: help-desk and review back office of the unified identity platform.</source>
        <translation>身份服务台：统一身份认证平台的客服与审核后台。</translation>
    </message>
    <message>
        <source>Database to sign in to: sqlite:/path/file.db or postgresql://host:port/dbname (never with a password).</source>
        <translation>要登录的数据库：sqlite:/路径/文件.db 或 postgresql://主机:端口/数据库名（不含密码）。</translation>
    </message>
    <message>
        <source>Interface language for this run: zh_CN (default) or en.</source>
        <translation>本次运行的界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>Staff login name to fill in.</source>
        <translation>预先填入的工作人员登录名。</translation>
    </message>
    <message>
        <source>Look this up right after signing in.</source>
        <translation>登录后立即查询此内容。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
</context>
<context>
    <name>desk::LookupLabels</name>
    <message>
        <source>Enterprise legal person</source>
        <translation>企业法人</translation>
    </message>
    <message>
        <source>Social organization legal person</source>
        <translation>社会组织法人</translation>
    </message>
    <message>
        <source>Public institution legal person</source>
        <translation>事业单位法人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Mainland</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Hong Kong, Macao or Taiwan</source>
        <translation>港澳台</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Hong Kong/Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>O1 kept: login is the USCC, Torch password kept</source>
        <translation>O1 保留：登录名为统一社会信用代码，沿用火炬中心密码</translation>
    </message>
    <message>
        <source>O2 pre-existing: an organization account with this login existed</source>
        <translation>O2 已有账号：平台已有以此为登录名的法人账号</translation>
    </message>
    <message>
        <source>O3 renamed: login is HJ_ + USCC, Torch password kept</source>
        <translation>O3 改名：登录名为 HJ_ + 统一社会信用代码，沿用火炬中心密码</translation>
    </message>
    <message>
        <source>O4 converted: became a person account delegated by the organization</source>
        <translation>O4 转换：转为由该单位授权的自然人账号</translation>
    </message>
    <message>
        <source>P1 kept: login and Torch password kept</source>
        <translation>P1 保留：沿用火炬中心登录名和密码</translation>
    </message>
    <message>
        <source>P2 pre-existing: a person account with this login existed</source>
        <translation>P2 已有账号：平台已有以此为登录名的自然人账号</translation>
    </message>
    <message>
        <source>P3 renamed: login is HJ_ + phone, Torch password kept</source>
        <translation>P3 改名：登录名为 HJ_ + 手机号，沿用火炬中心密码</translation>
    </message>
    <message>
        <source>P4 lost login: recover through a person appeal</source>
        <translation>P4 登录名丢失：须通过自然人申诉找回</translation>
    </message>
    <message>
        <source>Not migrated (conflict)</source>
        <translation>未迁移（冲突）</translation>
    </message>
    <message>
        <source>Torch Center</source>
        <translation>火炬中心</translation>
    </message>
    <message>
        <source>Foreign experts system</source>
        <translation>外国专家项目系统</translation>
    </message>
    <message>
        <source>Registered on the platform</source>
        <translation>平台注册</translation>
    </message>
    <message>
        <source>Migrated from the Torch Center</source>
        <translation>火炬中心迁移</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>查看个人信息明文</translation>
    </message>
    <message>
        <source>%1; reason: %2</source>
        <translation>%1；原因：%2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Reserved phone changed</source>
        <translation>更换预留手机号</translation>
    </message>
    <message>
        <source>Verification documents uploaded</source>
        <translation>上传实名认证材料</translation>
    </message>
    <message>
        <source>Real-name verified</source>
        <translation>实名认证通过</translation>
    </message>
    <message>
        <source>Real-name verification failed</source>
        <translation>实名认证失败</translation>
    </message>
    <message>
        <source>self-service</source>
        <translation>自助注册</translation>
    </message>
    <message>
        <source>by the national platform</source>
        <translation>国家平台核验</translation>
    </message>
    <message>
        <source>by manual review</source>
        <translation>人工审核</translation>
    </message>
    <message>
        <source>by SMS code</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <source>after a recovery appeal</source>
        <translation>申诉找回</translation>
    </message>
    <message>
        <source>documents uploaded</source>
        <translation>已上传材料</translation>
    </message>
</context>
<context>
    <name>desk::LookupPage</name>
    <message>
        <source>Login name, USCC, ID number, mobile number or name (Ctrl+F)</source>
        <translation>登录名、统一社会信用代码、证件号码、手机号或名称（Ctrl+F）</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>Persons only</source>
        <translation>仅自然人</translation>
    </message>
    <message>
        <source>Organizations only</source>
        <translation>仅法人</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Type what the caller tells you: a login name, a USCC, an ID number, a mobile number or the beginning of a name, then press Enter.</source>
        <translation>输入来电人提供的信息：登录名、统一社会信用代码、证件号码、手机号或名称开头，然后按回车。</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>查询失败</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>unified social credit code (USCC)</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>legacy 18-character code</source>
        <translation>18 位旧系统代码</translation>
    </message>
    <message>
        <source>mobile phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>name (beginning of)</source>
        <translation>姓名或单位名称（开头）</translation>
    </message>
    <message>
        <source>not searchable</source>
        <translation>无法搜索</translation>
    </message>
    <message>
        <source>Recognises login names, USCCs, ID numbers, mobile numbers, names and legacy codes.</source>
        <translation>可识别登录名、统一社会信用代码、证件号码、手机号、名称和旧系统代码。</translation>
    </message>
    <message>
        <source>Recognised as %1: %2</source>
        <translation>识别为%1：%2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>查询中…</translation>
    </message>
    <message>
        <source>No account found</source>
        <translation>未找到账号</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ accounts</source>
        <translation>%1+ 个账号</translation>
    </message>
</context>
<context>
    <name>desk::LookupQuery</name>
    <message>
        <source>The search text has %1 characters; at most %2 are searched. Type one login name, USCC, ID number, mobile number or name.</source>
        <translation>搜索内容有 %1 个字符，最多只能搜索 %2 个。请输入一个登录名、统一社会信用代码、证件号码、手机号或名称。</translation>
    </message>
    <message>
        <source>Platform login names have at least 4 characters: only a legacy login can match.</source>
        <translation>平台登录名至少 4 个字符：只可能匹配旧系统登录名。</translation>
    </message>
    <message>
        <source>Platform login names have at most 64 characters: only a legacy login can match.</source>
        <translation>平台登录名最多 64 个字符：只可能匹配旧系统登录名。</translation>
    </message>
    <message>
        <source>E-mail addresses are not searched. Type the login name, mobile number, ID number, USCC or name instead.</source>
        <translation>不支持按电子邮箱搜索。请改为输入登录名、手机号、证件号码、统一社会信用代码或名称。</translation>
    </message>
    <message>
        <source>The character %1 cannot appear in a login name, USCC, ID number, mobile number or name.</source>
        <translation>登录名、统一社会信用代码、证件号码、手机号和名称中都不会出现字符 %1。</translation>
    </message>
    <message>
        <source>These %1 digits are neither a mobile number (11 digits starting 13 to 19) nor an 18-character ID number or USCC.</source>
        <translation>这 %1 位数字既不是手机号（以 13 至 19 开头的 11 位数字），也不是 18 位证件号码或统一社会信用代码。</translation>
    </message>
    <message>
        <source>There is nothing to search for: no letters or digits.</source>
        <translation>没有可搜索的内容：不含字母或数字。</translation>
    </message>
    <message>
        <source>As a resident ID number the last character should be %1, not %2; as a USCC it should be %3. Searching for it as a legacy code.</source>
        <translation>如果是居民身份证号码，最后一位应为 %1 而不是 %2；如果是统一社会信用代码，应为 %3。将按旧系统代码搜索。</translation>
    </message>
    <message>
        <source>This is not a resident ID number (digits 7 to 14, %1, are not a possible birth date), and as a USCC the last character should be %2, not %3. Searching for it as a legacy code.</source>
        <translation>这不是居民身份证号码（第 7 至 14 位 %1 不是有效的出生日期）；如果是统一社会信用代码，最后一位应为 %2 而不是 %3。将按旧系统代码搜索。</translation>
    </message>
    <message>
        <source>The check character of this USCC should be %1, not %2: mistyped, or a legacy code that was never valid. Searching for it as a legacy code.</source>
        <translation>该统一社会信用代码的校验码应为 %1 而不是 %2：可能输错，或是从未有效的旧数据。将按旧系统代码搜索。</translation>
    </message>
    <message>
        <source>This 18-character code is neither a USCC nor a resident ID number (a USCC never contains %1). Searching for it as a legacy code.</source>
        <translation>这个 18 位代码既不是统一社会信用代码也不是居民身份证号码（统一社会信用代码不含 %1）。将按旧系统代码搜索。</translation>
    </message>
</context>
<context>
    <name>desk::LookupService</name>
    <message>
        <source>Type a login, USCC, ID number, phone number or name.</source>
        <translation>请输入登录名、统一社会信用代码、证件号码、手机号或名称。</translation>
    </message>
    <message>
        <source>Give a reason for revealing this data (at least 4 characters), e.g. the call or case.</source>
        <translation>请填写查看该信息的原因（至少 4 个字），例如来电或工单。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Reserved phone</source>
        <translation>预留手机号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID number</source>
        <translation>法定代表人证件号码</translation>
    </message>
</context>
<context>
    <name>desk::MainWindow</name>
    <message>
        <source>IdentityDesk – %1</source>
        <translation>身份服务台 – %1</translation>
    </message>
    <message>
        <source>Account look-up</source>
        <translation>账号查询</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About IdentityDesk</source>
        <translation>关于身份服务台(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>About IdentityDesk</source>
        <translation>关于身份服务台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IdentityDesk %1&lt;/h3&gt;&lt;p&gt;Help-desk and review back office of the unified identity platform: account look-up, appeals, real-name review, merges and reports.&lt;/p&gt;&lt;p&gt;Personal data is masked unless revealed with a reason; every reveal and change is recorded in a tamper-evident audit log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;身份服务台 %1&lt;/h3&gt;&lt;p&gt;统一身份认证平台的客服与审核后台：账号查询、申诉、实名审核、账号合并和报表。&lt;/p&gt;&lt;p&gt;个人信息默认脱敏显示，须填写原因才能查看明文；每次查看和修改都记入防篡改的审计日志。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>desk::MigrationEngine</name>
    <message>
        <source>The business system &quot;%1&quot; is not in the database.</source>
        <translation>数据库中没有业务系统“%1”。</translation>
    </message>
    <message>
        <source>The legacy account has no login.</source>
        <translation>该旧系统账号没有登录名。</translation>
    </message>
    <message>
        <source>The new account %1 got no id.</source>
        <translation>新账号 %1 未获得编号。</translation>
    </message>
    <message>
        <source>%1 would need a new account, but the login %2 is already taken.</source>
        <translation>%1 需要新建账号，但登录名 %2 已被占用。</translation>
    </message>
    <message>
        <source>The legacy account %1 was migrated by another run meanwhile; run the migration again.</source>
        <translation>旧系统账号 %1 已被另一次转移处理；请重新运行转移。</translation>
    </message>
    <message>
        <source>Name the legacy system to migrate, e.g. torch.</source>
        <translation>请指定要转移的旧系统，例如 torch。</translation>
    </message>
    <message>
        <source>Migrating the legacy account %1 failed: %2</source>
        <translation>转移旧系统账号 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>desk::MigrationLookup</name>
    <message>
        <source>The check character of this USCC should be %1, not %2: a mistyped code, or a legacy code that Torch accepted. Searched as typed.</source>
        <translation>该统一社会信用代码的校验码应为 %1 而不是 %2：可能输错，或是火炬中心曾接受的旧代码。已按输入内容查询。</translation>
    </message>
    <message>
        <source>This is not a valid USCC (it holds characters a USCC never has): searched as a legacy code, as typed.</source>
        <translation>这不是有效的统一社会信用代码（含有代码中不会出现的字符）：已按旧系统代码原样查询。</translation>
    </message>
    <message>
        <source>A USCC has 18 letters and digits; &quot;%1&quot; does not.</source>
        <translation>统一社会信用代码由 18 位字母和数字组成；“%1”不符合。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland mobile number (11 digits starting 13 to 19).</source>
        <translation>“%1”不是中国大陆手机号（以 13 至 19 开头的 11 位数字）。</translation>
    </message>
    <message>
        <source>Give a legacy login: 1 to 100 characters without spaces.</source>
        <translation>请输入旧系统登录名：1 至 100 个字符，不含空格。</translation>
    </message>
</context>
<context>
    <name>desk::NoCredentialStore</name>
    <message>
        <source>No system keychain is available on this computer, so the password cannot be remembered.</source>
        <translation>本机没有可用的系统钥匙串，因此无法记住密码。</translation>
    </message>
</context>
<context>
    <name>desk::PagedTableView</name>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>desk::Permissions</name>
    <message>
        <source>The staff account &quot;%1&quot; is disabled.</source>
        <translation>工作人员账号“%1”已停用。</translation>
    </message>
    <message>
        <source>A %1 may not %2.</source>
        <translation>%1无权%2。</translation>
    </message>
    <message>
        <source>look up accounts</source>
        <translation>查询账号</translation>
    </message>
    <message>
        <source>reveal personal data</source>
        <translation>查看个人信息明文</translation>
    </message>
    <message>
        <source>log calls</source>
        <translation>记录来电</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>管理工作人员</translation>
    </message>
    <message>
        <source>generate demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>run a legacy account migration</source>
        <translation>运行旧系统账号转移</translation>
    </message>
    <message>
        <source>look up legacy account migrations</source>
        <translation>查询旧系统账号转移结果</translation>
    </message>
    <message>
        <source>import data from files</source>
        <translation>从文件导入数据</translation>
    </message>
</context>
<context>
    <name>desk::RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>查看%1明文</translation>
    </message>
    <message>
        <source>Why do you need to see the %1 of %2 in clear?</source>
        <translation>为什么需要查看 %2 的%1明文？</translation>
    </message>
    <message>
        <source>Your name, the field and this reason are recorded in the audit log.</source>
        <translation>您的姓名、所查看的字段和此原因将记入审计日志。</translation>
    </message>
    <message>
        <source>e.g. caller verification, call of 14:05, appeal number</source>
        <translation>例如：核实来电人身份、14:05 的来电、申诉编号</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>查看明文(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>desk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The new language applies after IdentityDesk is restarted.</source>
        <translation>新语言在重新启动身份服务台后生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>desk::SignInDialog</name>
    <message>
        <source>Sign in – IdentityDesk</source>
        <translation>登录 – 身份服务台</translation>
    </message>
    <message>
        <source>IdentityDesk</source>
        <translation>身份服务台</translation>
    </message>
    <message>
        <source>Help-desk and review back office of the unified identity platform</source>
        <translation>统一身份认证平台客服与审核后台</translation>
    </message>
    <message>
        <source>sqlite:/path/to/file.db or postgresql://host:5432/dbname</source>
        <translation>sqlite:/路径/文件.db 或 postgresql://主机:5432/数据库名</translation>
    </message>
    <message>
        <source>The database to work on. Never put a password in the URL.</source>
        <translation>要使用的数据库。切勿在地址中写入密码。</translation>
    </message>
    <message>
        <source>Your staff login name</source>
        <translation>您的工作人员登录名</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>无法读取系统钥匙串：%1</translation>
    </message>
    <message>
        <source>Signing in to %1 …</source>
        <translation>正在登录 %1 …</translation>
    </message>
</context>
<context>
    <name>desk::Staff</name>
    <message>
        <source>Help-desk agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>desk::StaffRepository</name>
    <message>
        <source>There is no staff member &quot;%1&quot;.</source>
        <translation>没有工作人员“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid staff login: 3 to 32 characters, lower-case letters, digits and underscore, starting with a letter.</source>
        <translation>“%1”不是有效的工作人员登录名：3 至 32 个字符，由小写字母、数字和下划线组成，以字母开头。</translation>
    </message>
    <message>
        <source>The staff member needs a display name.</source>
        <translation>请填写工作人员的显示名称。</translation>
    </message>
    <message>
        <source>The staff login &quot;%1&quot; is already taken.</source>
        <translation>工作人员登录名“%1”已被占用。</translation>
    </message>
    <message>
        <source>creating the database role for %1</source>
        <translation>为 %1 创建数据库角色</translation>
    </message>
    <message>
        <source>allowing %1 to add staff</source>
        <translation>授权 %1 添加工作人员</translation>
    </message>
</context>
<context>
    <name>desk::cli</name>
    <message>
        <source>No password for %1: set PGPASSWORD, or sign in once with the application and let it remember the password in the system keychain.</source>
        <translation>没有 %1 的密码：请设置 PGPASSWORD，或用图形程序登录一次并让它在系统钥匙串中记住密码。</translation>
    </message>
    <message>
        <source>Schema is at version %1.</source>
        <translation>数据库结构版本为 %1。</translation>
    </message>
    <message>
        <source>Unknown db command &quot;%1&quot;: use migrate, version or path.</source>
        <translation>未知的 db 命令“%1”：请使用 migrate、version 或 path。</translation>
    </message>
    <message>
        <source>Person accounts.</source>
        <translation>自然人账号数。</translation>
    </message>
    <message>
        <source>Organization accounts.</source>
        <translation>法人账号数。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <source>No progress display.</source>
        <translation>不显示进度。</translation>
    </message>
    <message>
        <source>--persons, --organizations and --seed take whole numbers of zero or more.</source>
        <translation>--persons、--organizations 和 --seed 须为大于等于零的整数。</translation>
    </message>
    <message>
        <source>The database already holds %1 accounts; demo data only goes into an empty database.</source>
        <translation>数据库中已有 %1 个账号；演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>Generating demo data: %1% (%2 of %3 rows, %4 s)</source>
        <translation>正在生成演示数据：%1%（%2 / %3 行，%4 秒）</translation>
    </message>
    <message>
        <source>Staff passwords are shown only this once.</source>
        <translation>工作人员密码仅显示这一次。</translation>
    </message>
    <message>
        <source>Unknown staff command &quot;%1&quot;: use add or list.</source>
        <translation>未知的 staff 命令“%1”：请使用 add 或 list。</translation>
    </message>
    <message>
        <source>Staff login.</source>
        <translation>工作人员登录名。</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>显示名称。</translation>
    </message>
    <message>
        <source>Role.</source>
        <translation>角色。</translation>
    </message>
    <message>
        <source>Read the new password from standard input.</source>
        <translation>从标准输入读取新密码。</translation>
    </message>
    <message>
        <source>staff add needs --login and --name.</source>
        <translation>staff add 需要 --login 和 --name。</translation>
    </message>
    <message>
        <source>--role must be agent, reviewer, supervisor or administrator.</source>
        <translation>--role 须为 agent、reviewer、supervisor 或 administrator。</translation>
    </message>
    <message>
        <source>The password is shown only this once.</source>
        <translation>密码仅显示这一次。</translation>
    </message>
    <message>
        <source>Most matches to print.</source>
        <translation>最多输出的匹配数。</translation>
    </message>
    <message>
        <source>Login, USCC, ID number, phone or name.</source>
        <translation>登录名、统一社会信用代码、证件号码、手机号或名称。</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 10000.</source>
        <translation>--limit 须为 1 至 10000 之间的数字。</translation>
    </message>
    <message>
        <source>Give something to look up: a login, USCC, ID number, phone number or name.</source>
        <translation>请给出要查询的内容：登录名、统一社会信用代码、证件号码、手机号或名称。</translation>
    </message>
    <message>
        <source>Entries.</source>
        <translation>条数。</translation>
    </message>
    <message>
        <source>Unknown audit command &quot;%1&quot;: use verify or log.</source>
        <translation>未知的 audit 命令“%1”：请使用 verify 或 log。</translation>
    </message>
    <message>
        <source>--db needs a URL, e.g. sqlite:/path/to/file.db or postgresql://role@host:5432/dbname</source>
        <translation>--db 需要一个地址，例如 sqlite:/路径/文件.db 或 postgresql://角色@主机:5432/数据库名</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Prefix for the demo staff logins (PostgreSQL roles are shared by all databases of a server).</source>
        <translation>演示工作人员登录名的前缀（PostgreSQL 角色由同一服务器上的所有数据库共享）。</translation>
    </message>
    <message>
        <source>The demo staff login &quot;%1&quot; is already taken on this server; choose another with --staff-prefix.</source>
        <translation>演示工作人员登录名“%1”在该服务器上已被占用；请用 --staff-prefix 另选前缀。</translation>
    </message>
    <message>
        <source>Legacy system code, e.g. torch.</source>
        <translation>旧系统代码，例如 torch。</translation>
    </message>
    <message>
        <source>Decide every case but change nothing.</source>
        <translation>判定所有情形，但不做任何修改。</translation>
    </message>
    <message>
        <source>Legacy accounts per transaction.</source>
        <translation>每个事务处理的旧系统账号数。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Name the legacy system: --system torch</source>
        <translation>请指定旧系统：--system torch</translation>
    </message>
    <message>
        <source>--batch takes a number from 1 to 100000.</source>
        <translation>--batch 取 1 至 100000 之间的数。</translation>
    </message>
    <message>
        <source>Legacy accounts that could not be migrated: %1 (see &quot;conflicts&quot;).</source>
        <translation>未能转移的旧系统账号：%1 个（见 &quot;conflicts&quot;）。</translation>
    </message>
    <message>
        <source>Unknown migration command &quot;%1&quot;: use lookup.</source>
        <translation>未知的 migration 命令“%1”：请使用 lookup。</translation>
    </message>
    <message>
        <source>The organization&apos;s USCC (its Torch login).</source>
        <translation>单位的统一社会信用代码（即其火炬中心登录名）。</translation>
    </message>
    <message>
        <source>The person&apos;s mobile number (their Torch login).</source>
        <translation>个人的手机号（即其火炬中心登录名）。</translation>
    </message>
    <message>
        <source>The Torch login as the caller gives it.</source>
        <translation>来电人提供的火炬中心登录名。</translation>
    </message>
    <message>
        <source>Give exactly one of --uscc, --phone or --login.</source>
        <translation>--uscc、--phone、--login 三者须且只能给出一个。</translation>
    </message>
    <message>
        <source>No legacy account has the login &quot;%1&quot;.</source>
        <translation>没有登录名为“%1”的旧系统账号。</translation>
    </message>
    <message>
        <source>Usage: identitydesk-cli [--db URL] COMMAND [options]

Commands:
  db migrate                 create or upgrade the schema (PostgreSQL: as the database owner)
  db version                 print the schema version of the database and of this program
  db path                    print where the database is (the embedded file by default)
  demo [--persons N] [--organizations M] [--seed S]
                             fill an empty database with synthetic demo data and one staff member per role
  staff add --login L --name NAME --role agent|reviewer|supervisor|administrator [--password-stdin]
  staff list
  lookup QUERY [--limit N]   find accounts by login, USCC, ID number, phone or name; prints JSON
  audit verify               check the audit log&apos;s hash chain
  audit log [--limit N]      print the newest audit entries as JSON
  migrate --system torch [--dry-run] [--batch N]
                             migrate the legacy accounts of a system onto the platform; prints counts per
                             case and conflicts as JSON (--dry-run: decide everything, change nothing)
  migration lookup (--uscc X | --phone X | --login X)
                             what became of a legacy account and what to tell the caller; prints JSON
  import accounts FILE.csv [--skip-bad BADFILE]
  import legacy --system torch FILE.csv [--skip-bad BADFILE]
                             import platform or legacy accounts from CSV (UTF-8 or GB18030); any bad row
                             stops the import unless --skip-bad writes the bad rows to BADFILE; existing
                             rows are never overwritten; prints counts as JSON

--db defaults to the embedded database in the user&apos;s data folder. On PostgreSQL the role in the URL
signs in with the password from PGPASSWORD or the system keychain.
</source>
        <translation>用法：identitydesk-cli [--db URL] 命令 [选项]

命令：
  db migrate                 创建或升级数据库结构（PostgreSQL：以数据库所有者身份）
  db version                 显示数据库与本程序的结构版本
  db path                    显示数据库所在位置（默认为内置数据库文件）
  demo [--persons N] [--organizations M] [--seed S]
                             向空数据库写入合成演示数据，并为每个角色创建一名工作人员
  staff add --login L --name 姓名 --role agent|reviewer|supervisor|administrator [--password-stdin]
  staff list
  lookup 查询内容 [--limit N]  按登录名、统一社会信用代码、证件号码、手机号或名称查找账号；输出 JSON
  audit verify               校验审计日志的哈希链
  audit log [--limit N]      以 JSON 输出最新的审计记录
  migrate --system torch [--dry-run] [--batch N]
                             将旧系统账号转移到平台；以 JSON 输出各情形数量与冲突
                             （--dry-run：只判定，不做任何修改）
  migration lookup (--uscc X | --phone X | --login X)
                             查询旧系统账号的转移结果及应告知来电人的内容；输出 JSON
  import accounts 文件.csv [--skip-bad 错误行文件]
  import legacy --system torch 文件.csv [--skip-bad 错误行文件]
                             从 CSV（UTF-8 或 GB18030）导入平台账号或旧系统账号；有错误行时不导入任何内容，
                             除非用 --skip-bad 把错误行写入文件；已有记录从不覆盖；以 JSON 输出数量

--db 默认为用户数据目录中的内置数据库。使用 PostgreSQL 时，以 URL 中的角色登录，
密码取自 PGPASSWORD 或系统钥匙串。
</translation>
    </message>
    <message>
        <source>Unknown import command &quot;%1&quot;: use accounts or legacy.</source>
        <translation>未知的 import 命令“%1”：请使用 accounts 或 legacy。</translation>
    </message>
    <message>
        <source>Import the good rows and write the bad ones to this file.</source>
        <translation>导入正确的行，并把错误行写入该文件。</translation>
    </message>
    <message>
        <source>Name exactly one CSV file to import.</source>
        <translation>请指定且只指定一个要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>--skip-bad needs a file name for the bad rows.</source>
        <translation>--skip-bad 需要一个用于保存错误行的文件名。</translation>
    </message>
    <message>
        <source>%1 rows written (%2 s)</source>
        <translation>已写入 %1 行（%2 秒）</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1: %2 %3</source>
        <translation>第 %1 行：%2 %3</translation>
    </message>
    <message>
        <source>%1 bad rows: nothing was imported. Fix them, or import the good rows with --skip-bad BADFILE.</source>
        <translation>有 %1 个错误行：未导入任何内容。请修正后重试，或用 --skip-bad 错误行文件 导入正确的行。</translation>
    </message>
    <message>
        <source>%1 bad rows were written to %2.</source>
        <translation>%1 个错误行已写入 %2。</translation>
    </message>
    <message>
        <source>%1 rows differ from what is stored and were not imported (see &quot;conflict_rows&quot;).</source>
        <translation>%1 行与已存储的内容不同，未导入（见 "conflict_rows"）。</translation>
    </message>
</context>
<context>
    <name>desk::ids</name>
    <message numerus="yes">
        <source>The password has %n character(s); at least 8 are required.</source>
        <translation>
            <numerusform>密码只有 %n 个字符，至少需要 8 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>upper-case letters</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <source>lower-case letters</source>
        <translation>小写字母</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>The password must mix at least 3 of: upper-case letters, lower-case letters, digits, symbols. Missing: %1.</source>
        <translation>密码须至少包含大写字母、小写字母、数字、符号中的 3 类。缺少：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters.</source>
        <translation>居民身份证号码为 18 位。</translation>
    </message>
    <message>
        <source>A resident ID number is 17 digits followed by a digit or an upper-case X.</source>
        <translation>居民身份证号码由 17 位数字加 1 位数字或大写 X 组成。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 of the resident ID number are not a possible birth date.</source>
        <translation>居民身份证号码第 7 至 14 位不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The last character of the resident ID number does not match the check digit of the first 17 digits: the number was mistyped or is not genuine.</source>
        <translation>居民身份证号码最后一位与前 17 位算出的校验码不符：号码输错或不真实。</translation>
    </message>
</context>
</TS>
