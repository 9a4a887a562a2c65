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
    <message>
        <source>%1 (legacy data)</source>
        <translation>%1（旧数据）</translation>
    </message>
    <message>
        <source>Expired: the organization&apos;s administrator re-delegates (%1)</source>
        <translation>已过期：由单位管理员重新授权（%1）</translation>
    </message>
    <message>
        <source>Active, expires within 30 days</source>
        <translation>有效，30 天内到期</translation>
    </message>
    <message>
        <source>account pending activation</source>
        <translation>账号待激活</translation>
    </message>
    <message>
        <source>%1 (administrator)</source>
        <translation>%1（管理员）</translation>
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
    <message>
        <source>&quot;%1&quot; is not personal data that can be revealed.</source>
        <translation>“%1”不是可以查看明文的个人信息。</translation>
    </message>
</context>
<context>
    <name>desk::AppealForms</name>
    <message>
        <source>Unknown appeal type &quot;%1&quot;: use person_recovery, organization_recovery, assisted_registration or modify_organization.</source>
        <translation>未知的申诉类型“%1”：请使用 person_recovery、organization_recovery、assisted_registration 或 modify_organization。</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1必须为文本。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters (%3).</source>
        <translation>%1超过 %2 个字符（现有 %3 个）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3.</source>
        <translation>%1“%2”不在可选值之列：%3。</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid resident ID number: %3</source>
        <translation>%1 %2 不是有效的居民身份证号码：%3</translation>
    </message>
    <message>
        <source>%1 %2 may hold only letters and digits (5 to 30).</source>
        <translation>%1 %2 只能包含字母和数字（5 至 30 位）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not 18 characters of the code&apos;s alphabet (digits and upper-case letters without I, O, S, V, Z).</source>
        <translation>%1“%2”不是由代码字符集组成的 18 位字符（数字及除 I、O、S、V、Z 以外的大写字母）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a wrong check character (expected %3).</source>
        <translation>%1“%2”校验码错误（应为 %3）。</translation>
    </message>
    <message>
        <source>%1 %2 is not a mainland mobile number (11 digits starting 13 to 19).</source>
        <translation>%1 %2 不是中国大陆手机号（以 13 至 19 开头的 11 位数字）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1“%2”不是电子邮箱地址。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1“%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be 8 to 20 letters, digits or underscores starting with a letter.</source>
        <translation>%1“%2”须为 8 至 20 位字母、数字或下划线，并以字母开头。</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1（%2）早于%3（%4）。</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid 18-digit ID number: %3</source>
        <translation>%1 %2 不是有效的 18 位证件号码：%3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid USCC: %3</source>
        <translation>%1“%2”不是有效的统一社会信用代码：%3</translation>
    </message>
</context>
<context>
    <name>desk::AppealIntake</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation>%1 超过 %2 MB：请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>Document %1 needs a &quot;kind&quot; and a &quot;file&quot;.</source>
        <translation>材料 %1 须包含 &quot;kind&quot; 和 &quot;file&quot;。</translation>
    </message>
    <message>
        <source>%1: the file must lie inside the --files folder.</source>
        <translation>%1：文件必须位于 --files 指定的文件夹内。</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1：无法读取文件（%2）。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; at most 1 MB (%3 bytes) is accepted per file.</source>
        <translation>%1 大小为 %2 字节；每个文件最大 1 MB（%3 字节）。</translation>
    </message>
    <message>
        <source>The appeal file is not valid JSON (at byte %1: %2).</source>
        <translation>申诉文件不是有效的 JSON（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>The appeal file must hold a JSON array of appeals or an object {&quot;appeals&quot;: [...]}.</source>
        <translation>申诉文件必须包含由申诉组成的 JSON 数组，或对象 {&quot;appeals&quot;: [...]}。</translation>
    </message>
    <message>
        <source>The documents folder %1 does not exist.</source>
        <translation>材料文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation>该条目不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The entry has no &quot;ref&quot; (the public platform&apos;s reference).</source>
        <translation>该条目缺少 &quot;ref&quot;（公共平台上的申诉编号）。</translation>
    </message>
    <message>
        <source>&quot;documents&quot; must be an array of {&quot;kind&quot;, &quot;file&quot;}.</source>
        <translation>&quot;documents&quot; 必须是由 {&quot;kind&quot;, &quot;file&quot;} 组成的数组。</translation>
    </message>
    <message>
        <source>No appeal with the reference %1 is recorded.</source>
        <translation>没有编号为 %1 的申诉记录。</translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;: use submit, resubmit or withdraw.</source>
        <translation>未知事件“%1”：请使用 submit、resubmit 或 withdraw。</translation>
    </message>
    <message>
        <source>&quot;submitted_at&quot; is not an ISO 8601 time: %1</source>
        <translation>&quot;submitted_at&quot; 不是 ISO 8601 格式的时间：%1</translation>
    </message>
    <message>
        <source>The entry has no &quot;fields&quot; object.</source>
        <translation>该条目缺少 &quot;fields&quot; 对象。</translation>
    </message>
</context>
<context>
    <name>desk::AppealListModel</name>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>%1 of business time left when the clock was paused</source>
        <translation>暂停计时时剩余工作时间 %1</translation>
    </message>
    <message>
        <source>paused (waiting for the user)</source>
        <translation>已暂停（等待补件）</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>齐全</translation>
    </message>
    <message>
        <source>needs documents</source>
        <translation>需补件</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>ID number / USCC</source>
        <translation>证件号码 / 统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
</context>
<context>
    <name>desk::AppealQueuePage</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>不限期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Paused (waiting for the user)</source>
        <translation>已暂停（等待补件）</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>不限领取人</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>我领取的</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>未领取</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Name, USCC, ID number, mobile or reference (Ctrl+F)</source>
        <translation>名称、统一社会信用代码、证件号码、手机号或申诉编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Next appeal</source>
        <translation>下一条申诉</translation>
    </message>
    <message>
        <source>Claims the most urgent unclaimed appeal (Ctrl+N)</source>
        <translation>领取最紧急的未领取申诉（Ctrl+N）</translation>
    </message>
    <message>
        <source>Claim selected</source>
        <translation>领取所选</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>No appeals match these filters.</source>
        <translation>没有符合筛选条件的申诉。</translation>
    </message>
    <message>
        <source>Reassign the appeal</source>
        <translation>改派申诉</translation>
    </message>
    <message>
        <source>Staff login of the reviewer who takes it over:</source>
        <translation>接手审核员的工作人员登录名：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The queue is empty: no unclaimed appeal is waiting.</source>
        <translation>队列为空：没有待领取的申诉。</translation>
    </message>
    <message>
        <source>Appeal %1 claimed.</source>
        <translation>已领取申诉 %1。</translation>
    </message>
    <message>
        <source>Appeal %1 released to the queue.</source>
        <translation>申诉 %1 已释放回队列。</translation>
    </message>
    <message>
        <source>Appeal %1 reassigned to %2.</source>
        <translation>申诉 %1 已改派给 %2。</translation>
    </message>
    <message>
        <source>Recovery appeals</source>
        <translation>找回申诉</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计报表</translation>
    </message>
</context>
<context>
    <name>desk::AppealRepository</name>
    <message>
        <source>Appeal %1 does not exist.</source>
        <translation>申诉 %1 不存在。</translation>
    </message>
    <message>
        <source>The database did not return the new appeal&apos;s id.</source>
        <translation>数据库未返回新申诉的编号。</translation>
    </message>
    <message>
        <source>The appeal column &quot;%1&quot; cannot be changed.</source>
        <translation>申诉字段“%1”不可修改。</translation>
    </message>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>账号 %1 不存在。</translation>
    </message>
    <message>
        <source>The database did not return the new document&apos;s id.</source>
        <translation>数据库未返回新材料的编号。</translation>
    </message>
    <message>
        <source>Appeal document %1 does not exist.</source>
        <translation>申诉材料 %1 不存在。</translation>
    </message>
    <message>
        <source>The database did not return the new note&apos;s id.</source>
        <translation>数据库未返回新备注的编号。</translation>
    </message>
    <message>
        <source>The database did not return the new template&apos;s id.</source>
        <translation>数据库未返回新模板的编号。</translation>
    </message>
    <message>
        <source>Reason template %1 does not exist.</source>
        <translation>理由模板 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>desk::AppealService</name>
    <message>
        <source>An appeal with the reference %1 is already recorded (appeal %2).</source>
        <translation>编号为 %1 的申诉已有记录（申诉 %2）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a document of a %3 appeal.</source>
        <translation>%1：“%2”不属于“%3”所需的材料。</translation>
    </message>
    <message>
        <source>The appeal reference is longer than 100 characters.</source>
        <translation>申诉编号超过 100 个字符。</translation>
    </message>
    <message>
        <source>The appeal was not filed: %1</source>
        <translation>申诉未提交：%1</translation>
    </message>
    <message>
        <source>A resubmission of appeal %1 needs at least one document.</source>
        <translation>重新提交申诉 %1 至少需要一份材料。</translation>
    </message>
    <message>
        <source>Appeal %1 is not waiting for documents from the user (it is %2).</source>
        <translation>申诉 %1 不在等待用户补件（当前状态：%2）。</translation>
    </message>
    <message>
        <source>The documents for appeal %1 were not accepted: %2</source>
        <translation>申诉 %1 的材料未被接受：%2</translation>
    </message>
    <message>
        <source>Appeal %1 changed meanwhile; try again.</source>
        <translation>申诉 %1 在此期间已发生变化，请重试。</translation>
    </message>
    <message>
        <source>The reason for withdrawing is longer than %1 characters.</source>
        <translation>撤回原因超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Appeal %1 is already closed (%2) and cannot be withdrawn.</source>
        <translation>申诉 %1 已办结（%2），无法撤回。</translation>
    </message>
    <message>
        <source>No appeal is waiting to be claimed.</source>
        <translation>没有待领取的申诉。</translation>
    </message>
    <message>
        <source>Appeal %1 is being reviewed by %2 (claim until %3).</source>
        <translation>申诉 %1 正由 %2 审核（领取有效期至 %3）。</translation>
    </message>
    <message>
        <source>Appeal %1 is waiting for documents from the user and cannot be claimed.</source>
        <translation>申诉 %1 正在等待用户补件，无法领取。</translation>
    </message>
    <message>
        <source>Appeal %1 is already closed (%2).</source>
        <translation>申诉 %1 已办结（%2）。</translation>
    </message>
    <message>
        <source>Appeal %1 is now held by %2; your claim has lapsed.</source>
        <translation>申诉 %1 现由 %2 领取；您的领取已失效。</translation>
    </message>
    <message>
        <source>You do not hold appeal %1 (it is %2).</source>
        <translation>您未领取申诉 %1（当前状态：%2）。</translation>
    </message>
    <message>
        <source>Appeal %1 is not claimed by anyone (it is %2).</source>
        <translation>申诉 %1 无人领取（当前状态：%2）。</translation>
    </message>
    <message>
        <source>Appeal %1 is held by %2: only they or a supervisor may release it.</source>
        <translation>申诉 %1 由 %2 领取：只有领取人本人或主管可以释放。</translation>
    </message>
    <message>
        <source>%1 cannot take appeals: only active reviewers and supervisors review them.</source>
        <translation>%1 不能接手申诉：只有账号有效的审核员和主管才能审核申诉。</translation>
    </message>
    <message>
        <source>Appeal %1 cannot be reassigned while it is %2.</source>
        <translation>申诉 %1 处于“%2”状态，无法改派。</translation>
    </message>
    <message>
        <source>Claim appeal %1 before deciding it.</source>
        <translation>请先领取申诉 %1，再进行审核。</translation>
    </message>
    <message>
        <source>Appeal %1 is held by %2: only the holder may decide it.</source>
        <translation>申诉 %1 由 %2 领取：只有领取人可以审核。</translation>
    </message>
    <message>
        <source>Appeal %1 changed since you opened it (version %2, now %3): reload it before deciding.</source>
        <translation>申诉 %1 在您打开后已发生变化（版本 %2，现为 %3）：请重新加载后再审核。</translation>
    </message>
    <message>
        <source>Appeal %1 changed while you were deciding it: reload it and decide again.</source>
        <translation>您审核期间申诉 %1 已发生变化：请重新加载后再次审核。</translation>
    </message>
    <message>
        <source>Account %1 is not one of the accounts matching appeal %2.</source>
        <translation>账号 %1 不在与申诉 %2 匹配的账号之中。</translation>
    </message>
    <message>
        <source>Account %1 is %2; approve the appeal for an account in use.</source>
        <translation>账号 %1 的状态为 %2；请选择正在使用的账号通过申诉。</translation>
    </message>
    <message>
        <source>Appeal %1 has no mainland mobile number to send the new password to.</source>
        <translation>申诉 %1 没有可接收新密码的中国大陆手机号。</translation>
    </message>
    <message>
        <source>Password reset by recovery appeal %1</source>
        <translation>通过申诉 %1 重置密码</translation>
    </message>
    <message>
        <source>The explanation is longer than %1 characters.</source>
        <translation>说明超过 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active rejection reason; choose one of the reason templates.</source>
        <translation>“%1”不是有效的驳回理由；请从理由模板中选择。</translation>
    </message>
    <message>
        <source>The message to the user is longer than %1 characters.</source>
        <translation>发给用户的内容超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Say which documents the user must send again: choose a reason or write an explanation.</source>
        <translation>请说明用户需要补交哪些材料：选择理由或填写说明。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active reason; choose one of the reason templates.</source>
        <translation>“%1”不是有效的理由；请从理由模板中选择。</translation>
    </message>
    <message>
        <source>Appeal %1 has no mainland mobile number to ask for documents.</source>
        <translation>申诉 %1 没有可用于通知补件的中国大陆手机号。</translation>
    </message>
    <message>
        <source>The appeal names the former name &quot;%1&quot;; the organization is now registered as &quot;%2&quot;.</source>
        <translation>申诉填写的是原名称“%1”；该单位现登记名称为“%2”。</translation>
    </message>
    <message>
        <source>The USCC is registered under the name &quot;%1&quot;, not &quot;%2&quot;: the organization may have been renamed (the appeal must use the name at registration).</source>
        <translation>该统一社会信用代码登记的名称为“%1”，而不是“%2”：该单位可能已更名（申诉须使用注册时的名称）。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit is correct.</source>
        <translation>证件号码校验位正确。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is not a real date.</source>
        <translation>证件号码中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date %1 makes the holder %2 years old.</source>
        <translation>出生日期为 %1，持证人现年 %2 岁。</translation>
    </message>
    <message>
        <source>The birth date %1 makes the holder %2 years old, too young to act for an organization.</source>
        <translation>出生日期为 %1，持证人现年 %2 岁，年龄过小，不能代表单位办理。</translation>
    </message>
    <message>
        <source>Born %1 (%2 years old).</source>
        <translation>出生于 %1（%2 岁）。</translation>
    </message>
    <message>
        <source>The ID document is valid without an end date.</source>
        <translation>证件长期有效。</translation>
    </message>
    <message>
        <source>The ID document is valid until %1.</source>
        <translation>证件有效期至 %1。</translation>
    </message>
    <message>
        <source>The ID document expired on %1.</source>
        <translation>证件已于 %1 过期。</translation>
    </message>
    <message>
        <source>The USCC&apos;s check character is correct.</source>
        <translation>统一社会信用代码校验码正确。</translation>
    </message>
    <message>
        <source>The USCC &quot;%1&quot; fails the GB 32100 check.</source>
        <translation>统一社会信用代码“%1”未通过 GB 32100 校验。</translation>
    </message>
    <message>
        <source>The phone is a mainland mobile number.</source>
        <translation>手机号为中国大陆手机号。</translation>
    </message>
    <message>
        <source>The phone is not a mainland mobile number: no SMS can reach it.</source>
        <translation>该号码不是中国大陆手机号：无法接收短信。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The reason code &quot;%1&quot; must be 1 to 40 lower-case letters, digits or underscores starting with a letter.</source>
        <translation>理由代码“%1”须为 1 至 40 个小写字母、数字或下划线，并以字母开头。</translation>
    </message>
    <message>
        <source>The reason title must be 1 to 100 characters.</source>
        <translation>理由名称须为 1 至 100 个字符。</translation>
    </message>
    <message>
        <source>The text sent to the user must be 1 to 300 characters.</source>
        <translation>发给用户的短信内容须为 1 至 300 个字符。</translation>
    </message>
    <message>
        <source>A reason template with the code &quot;%1&quot; already exists.</source>
        <translation>代码为“%1”的理由模板已存在。</translation>
    </message>
    <message>
        <source>Reason template %1 does not exist.</source>
        <translation>理由模板 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 recorded appeal %2, so another reviewer must handle it: whoever files an appeal for a caller never claims or decides it.</source>
        <translation>%1 登记了申诉 %2，须由其他审核员处理：为来电人登记申诉的人不得领取或审核该申诉。</translation>
    </message>
</context>
<context>
    <name>desk::AppealTexts</name>
    <message>
        <source>Person password recovery</source>
        <translation>自然人申诉找回密码</translation>
    </message>
    <message>
        <source>Organization password recovery</source>
        <translation>单位法人用户申诉找回密码</translation>
    </message>
    <message>
        <source>Assisted organization registration</source>
        <translation>辅助企业注册申诉</translation>
    </message>
    <message>
        <source>Organization information change</source>
        <translation>修改企业信息申诉</translation>
    </message>
    <message>
        <source>New</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Waiting for the user</source>
        <translation>等待补件</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>ID front (signed)</source>
        <translation>证件正面（已签字）</translation>
    </message>
    <message>
        <source>ID back (signed)</source>
        <translation>证件反面（已签字）</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Authorization letter</source>
        <translation>授权书</translation>
    </message>
    <message>
        <source>Declaration (e.g. name change)</source>
        <translation>声明（如单位名称变更）</translation>
    </message>
    <message>
        <source>Handler holding the ID</source>
        <translation>经办人手持身份证照片</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Identity region</source>
        <translation>身份类型</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>法人类型</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Primary agent</source>
        <translation>主代办人</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>ID valid from</source>
        <translation>证件有效开始日期</translation>
    </message>
    <message>
        <source>ID valid until</source>
        <translation>证件有效结束日期</translation>
    </message>
    <message>
        <source>Requested login name</source>
        <translation>申请的登录名</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>申诉备注</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID front</source>
        <translation>法定代表人身份证正面</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID back</source>
        <translation>法定代表人身份证反面</translation>
    </message>
    <message>
        <source>Agent&apos;s ID front</source>
        <translation>主代办人身份证正面</translation>
    </message>
    <message>
        <source>Agent&apos;s ID back</source>
        <translation>主代办人身份证反面</translation>
    </message>
    <message>
        <source>Registry screenshot (National Enterprise Credit Information Publicity System)</source>
        <translation>国家企业信用信息公示系统查询截图</translation>
    </message>
</context>
<context>
    <name>desk::AppealWorkspace</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>former name</source>
        <translation>原名称</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>返回队列</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>通过…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Ask for documents…</source>
        <translation>要求补件…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Next appeal</source>
        <translation>下一条申诉</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>In the appeal</source>
        <translation>申诉信息</translation>
    </message>
    <message>
        <source>In the account</source>
        <translation>账号信息</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Internal note for colleagues; Enter adds it</source>
        <translation>给同事的内部备注；按回车添加</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Other open appeals</source>
        <translation>其他未办结申诉</translation>
    </message>
    <message>
        <source>Recent decisions</source>
        <translation>近期审核结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Matching accounts (the one chosen is compared and approved):</source>
        <translation>匹配的账号（对所选账号进行比对并通过）：</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>核查结果：</translation>
    </message>
    <message>
        <source>Appeal %1</source>
        <translation>申诉 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Appeal %1 · %2 · %3</source>
        <translation>申诉 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>claimed by you until %1</source>
        <translation>由您领取，有效期至 %1</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>由 %1 领取</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>提交于 %1</translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation>%1 截止（%2）</translation>
    </message>
    <message>
        <source>deadline paused while waiting for the user</source>
        <translation>等待补件期间暂停计时</translation>
    </message>
    <message>
        <source>documents missing or refused</source>
        <translation>材料缺失或被拒收</translation>
    </message>
    <message>
        <source>decided by %1 on %2</source>
        <translation>由 %1 于 %2 审核</translation>
    </message>
    <message>
        <source>%1 – %2 (%3; matched by %4)</source>
        <translation>%1 – %2（%3；按%4匹配）</translation>
    </message>
    <message>
        <source>No platform account matches: the answer is &quot;register anew&quot; (reject with the template &quot;no matching account&quot;).</source>
        <translation>没有匹配的平台账号：应答复“重新注册”（使用“未找到匹配账号”模板驳回）。</translation>
    </message>
    <message>
        <source>Other open appeals (%1)</source>
        <translation>其他未办结申诉 (%1)</translation>
    </message>
    <message>
        <source>Recent decisions (%1)</source>
        <translation>近期审核结果 (%1)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>备注 (%1)</translation>
    </message>
    <message>
        <source>same</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Approve the appeal</source>
        <translation>通过申诉</translation>
    </message>
    <message>
        <source>Approve appeal %1 for the account %2 (%3)? A new password is generated and sent with the login by SMS to %4; nobody at the desk sees it.</source>
        <translation>确定为账号 %2（%3）通过申诉 %1 吗？系统将生成新密码，连同登录名通过短信发送至 %4；工作人员均无法看到该密码。</translation>
    </message>
    <message>
        <source>Appeal %1 approved: the login and a new password are queued for SMS.</source>
        <translation>申诉 %1 已通过：登录名和新密码已排队等待短信发送。</translation>
    </message>
    <message>
        <source>Appeal %1 rejected; the user is told why by SMS.</source>
        <translation>申诉 %1 已驳回；驳回理由将通过短信告知用户。</translation>
    </message>
    <message>
        <source>Appeal %1 waits for the user&apos;s documents; its deadline is paused.</source>
        <translation>申诉 %1 正在等待用户补件；办理时限已暂停计时。</translation>
    </message>
    <message>
        <source>Anything the user should know besides the template (optional)</source>
        <translation>模板之外需要告知用户的内容（选填）</translation>
    </message>
    <message>
        <source>The user will read: %1</source>
        <translation>用户将收到：%1</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Also tell the user:</source>
        <translation>另行告知用户(&amp;A)：</translation>
    </message>
    <message>
        <source>Reject the appeal</source>
        <translation>驳回申诉</translation>
    </message>
    <message>
        <source>Ask the user for documents</source>
        <translation>要求用户补件</translation>
    </message>
    <message>
        <source>Appeal %1 claimed.</source>
        <translation>已领取申诉 %1。</translation>
    </message>
    <message>
        <source>Appeal %1 released to the queue.</source>
        <translation>申诉 %1 已释放回队列。</translation>
    </message>
</context>
<context>
    <name>desk::AuditLog</name>
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
    <message>
        <source>An audit entry can only be written inside a write transaction.</source>
        <translation>审计记录只能在写事务中写入。</translation>
    </message>
    <message>
        <source>The log ends at row %1, but the checkpoint of %2 saw row %3: %4 row(s) were cut from the end of the log.</source>
        <translation>日志止于第 %1 行，但 %2 的检查点已见到第 %3 行：日志末尾有 %4 行被截去。</translation>
    </message>
    <message>
        <source>Row %1 is not the row the checkpoint of %2 saw: the end of the log was rewritten.</source>
        <translation>第 %1 行不是 %2 的检查点所见的那一行：日志末尾被改写。</translation>
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
    <name>desk::BusinessCalendar</name>
    <message>
        <source>On time</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Paused (waiting for the user)</source>
        <translation>已暂停（等待补件）</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>less than 1 min</source>
        <translation>不足 1 分钟</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超期 %1</translation>
    </message>
</context>
<context>
    <name>desk::CalendarDayDialog</name>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Add a calendar day</source>
        <translation>添加日历日期</translation>
    </message>
    <message>
        <source>Holiday: nobody works, the SLA clock stands still</source>
        <translation>节假日：不上班，办理时限暂停计时</translation>
    </message>
    <message>
        <source>Make-up working day: a Saturday or Sunday that is worked</source>
        <translation>调休上班日：需要上班的周六或周日</translation>
    </message>
    <message>
        <source>e.g. National Day, Spring Festival make-up day</source>
        <translation>例如：国庆节、春节调休</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>desk::CalendarPage</name>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Add… (Ins)</source>
        <translation>添加(&amp;A)…（Ins）</translation>
    </message>
    <message>
        <source>&amp;Change… (Enter)</source>
        <translation>修改(&amp;C)…（Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete (Del)</source>
        <translation>删除(&amp;D)（Del）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Days not listed follow the normal week: Monday to Friday are working days. The SLA clock of the appeal queue runs through whole working days and stands still on the others.</source>
        <translation>未列出的日期按正常周安排：周一至周五为工作日。申诉队列的办理时限按完整工作日计时，其他日期暂停计时。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A reviewer&apos;s claim on an appeal lapses after this many minutes without work on it.</source>
        <translation>审核员领取申诉后，连续这么多分钟未处理，领取即失效。</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>New appeals are due this many business days after they were submitted.</source>
        <translation>新申诉须在提交后这么多个工作日内办结。</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>保存设置(&amp;V)</translation>
    </message>
    <message>
        <source>Claim lapses after &amp;idle:</source>
        <translation>领取闲置失效时间(&amp;I)：</translation>
    </message>
    <message>
        <source>Appeals are due within:</source>
        <translation>申诉办理时限：</translation>
    </message>
    <message>
        <source>Only administrators change the calendar and the queue settings.</source>
        <translation>只有管理员可以修改日历和队列设置。</translation>
    </message>
    <message>
        <source>Cannot read the holiday calendar: %1</source>
        <translation>无法读取节假日日历：%1</translation>
    </message>
    <message>
        <source>Cannot read the queue settings: %1</source>
        <translation>无法读取队列设置：%1</translation>
    </message>
    <message>
        <source>%1: no holidays or make-up working days entered yet.</source>
        <translation>%1 年：尚未录入节假日或调休上班日。</translation>
    </message>
    <message>
        <source>%1: %2 holidays, %3 make-up working days</source>
        <translation>%1 年：%2 个节假日，%3 个调休上班日</translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3).</source>
        <translation>已保存 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>Delete calendar day</source>
        <translation>删除日历日期</translation>
    </message>
    <message>
        <source>Delete %1 (%2, %3) from the calendar? It then counts as a normal %4.</source>
        <translation>确定从日历中删除 %1（%2，%3）吗？删除后该日按普通%4处理。</translation>
    </message>
    <message>
        <source>Deleted %1 (%2).</source>
        <translation>已删除 %1（%2）。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved: every desk uses these values from now on.</source>
        <translation>已保存：所有工作台从现在起使用这些设置。</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>导入(&amp;M)…</translation>
    </message>
    <message>
        <source>Replace a whole year with a holiday-cn JSON file (one year per file)</source>
        <translation>用 holiday-cn JSON 文件替换一整年（每个文件一年）</translation>
    </message>
    <message>
        <source>Import a holiday calendar year</source>
        <translation>导入一年的节假日日历</translation>
    </message>
    <message>
        <source>holiday-cn JSON (*.json);;All files (*)</source>
        <translation>holiday-cn JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message>
        <source>The calendar already holds exactly these days for %1: nothing changed.</source>
        <translation>日历中 %1 年的日期与文件完全相同：没有任何改动。</translation>
    </message>
    <message>
        <source>Imported %1: %2 holidays and %3 make-up working days (replacing %4 entries).</source>
        <translation>已导入 %1 年：%2 个节假日、%3 个调休上班日（替换了原有 %4 条）。</translation>
    </message>
    <message>
        <source>Queue settings (for every desk)</source>
        <translation>队列设置（适用于所有工作台）</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Supervisors&apos; quality sampling draws this share of a period&apos;s real-name review decisions for a second look.</source>
        <translation>主管进行质检抽查时，按此比例从某一期间的实名审核结果中抽取，进行二次复核。</translation>
    </message>
    <message>
        <source>Real-name &amp;QA sample share:</source>
        <translation>实名审核质检抽查比例(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>desk::CalendarRepository</name>
    <message>
        <source>The holiday calendar holds an unreadable row (%1, %2).</source>
        <translation>节假日日历中有一行无法读取（%1，%2）。</translation>
    </message>
</context>
<context>
    <name>desk::CalendarService</name>
    <message>
        <source>claim idle minutes</source>
        <translation>领取闲置失效分钟数</translation>
    </message>
    <message>
        <source>SLA business days</source>
        <translation>办理时限工作日数</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>没有设置项“%1”。</translation>
    </message>
    <message>
        <source>Choose the date of the holiday or make-up working day.</source>
        <translation>请选择节假日或调休上班日的日期。</translation>
    </message>
    <message>
        <source>The date %1 is outside the years the calendar covers (%2 to %3).</source>
        <translation>日期 %1 超出日历覆盖的年份（%2 至 %3）。</translation>
    </message>
    <message>
        <source>Give the day %1 a name, e.g. National Day or National Day make-up working day.</source>
        <translation>请为 %1 填写名称，例如“国庆节”或“国庆节调休上班”。</translation>
    </message>
    <message>
        <source>The name of the day is too long (%1 characters; at most %2).</source>
        <translation>日期名称过长（%1 个字符，最多 %2 个）。</translation>
    </message>
    <message>
        <source>%1 is a weekday, which is a working day anyway: a make-up working day must fall on a Saturday or Sunday.</source>
        <translation>%1 是周一至周五之间的日子，本来就是工作日：调休上班日必须是周六或周日。</translation>
    </message>
    <message>
        <source>Choose the day to delete.</source>
        <translation>请选择要删除的日期。</translation>
    </message>
    <message>
        <source>The calendar has no entry for %1: nothing was deleted.</source>
        <translation>日历中没有 %1 的记录：未删除任何内容。</translation>
    </message>
    <message>
        <source>The %1 must be between %2 and %3 (not %4).</source>
        <translation>%1须在 %2 至 %3 之间（当前为 %4）。</translation>
    </message>
    <message>
        <source>The holiday calendar is empty</source>
        <translation>节假日日历为空</translation>
    </message>
    <message>
        <source>The holiday calendar covers %1 only</source>
        <translation>节假日日历只覆盖 %1 年</translation>
    </message>
    <message>
        <source>%1: due times from %2 to %3 ignore the public holidays and make-up working days of %4. An administrator imports the calendar for %4 (Holiday calendar page, Import…, or identitydesk-cli calendar import).</source>
        <translation>%1：%2 至 %3 的到期时间不会考虑 %4 年的法定节假日和调休上班日。请管理员导入 %4 年的日历（“节假日日历”页面的“导入…”，或 identitydesk-cli calendar import）。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>文件不是有效的 JSON：%1（第 %2 字节处）。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object with &quot;year&quot; and &quot;days&quot;.</source>
        <translation>文件必须是一个包含 &quot;year&quot; 和 &quot;days&quot; 的 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a whole number from %1 to %2.</source>
        <translation>&quot;year&quot; 必须是 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;days&quot; must be a list of days.</source>
        <translation>&quot;days&quot; 必须是日期列表。</translation>
    </message>
    <message>
        <source>&quot;days&quot; lists no day for %1: an empty year is not imported.</source>
        <translation>&quot;days&quot; 中没有 %1 年的任何日期：不导入空的年份。</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;days&quot;: %2</source>
        <translation>&quot;days&quot; 的第 %1 项（从 0 起）：%2</translation>
    </message>
    <message>
        <source>not an object with &quot;name&quot;, &quot;date&quot; and &quot;isOffDay&quot;.</source>
        <translation>不是包含 &quot;name&quot;、&quot;date&quot; 和 &quot;isOffDay&quot; 的对象。</translation>
    </message>
    <message>
        <source>&quot;date&quot; is missing or not a string.</source>
        <translation>缺少 &quot;date&quot;，或它不是字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1 is not in the year %2 the file states.</source>
        <translation>%1 不在文件所写的 %2 年内。</translation>
    </message>
    <message>
        <source>%1 is listed twice (also entry %2).</source>
        <translation>%1 重复出现（另见第 %2 项）。</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or not a string.</source>
        <translation>缺少 &quot;name&quot;，或它不是字符串。</translation>
    </message>
    <message>
        <source>&quot;isOffDay&quot; is missing or not true or false.</source>
        <translation>缺少 &quot;isOffDay&quot;，或它不是 true 或 false。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between years</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>share of review decisions sampled for quality checks (percent)</source>
        <translation>质检抽查的审核结果比例（百分比）</translation>
    </message>
</context>
<context>
    <name>desk::CallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>记录来电</translation>
    </message>
    <message>
        <source>Mobile number or landline with area code</source>
        <translation>手机号或带区号的固定电话</translation>
    </message>
    <message>
        <source>What the caller asked and what you told them (at most %1 characters)</source>
        <translation>来电人咨询的问题及您的答复（最多 %1 个字）</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;number:</source>
        <translation>来电号码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>来电事项(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>处理结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>记录来电(&amp;L)</translation>
    </message>
</context>
<context>
    <name>desk::CallLog</name>
    <message>
        <source>Torch account migration</source>
        <translation>火炬中心账号迁移</translation>
    </message>
    <message>
        <source>Login name or password</source>
        <translation>登录名或密码</translation>
    </message>
    <message>
        <source>Real-name verification</source>
        <translation>实名认证</translation>
    </message>
    <message>
        <source>Recovery appeal</source>
        <translation>申诉找回</translation>
    </message>
    <message>
        <source>Account merge or project transfer</source>
        <translation>账号合并或项目移送</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已解答</translation>
    </message>
    <message>
        <source>Guided to self-service</source>
        <translation>已引导自助办理</translation>
    </message>
    <message>
        <source>Advised to file an appeal</source>
        <translation>已建议提交申诉</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已转交上级处理</translation>
    </message>
    <message>
        <source>Call back promised</source>
        <translation>已约定回电</translation>
    </message>
    <message>
        <source>caller %1</source>
        <translation>来电号码 %1</translation>
    </message>
    <message>
        <source>The caller&apos;s number &quot;%1&quot; is neither a mainland mobile number nor a landline with area code (e.g. 010-68512345).</source>
        <translation>来电号码“%1”既不是中国大陆手机号，也不是带区号的固定电话（如 010-68512345）。</translation>
    </message>
    <message>
        <source>Choose what the call was about.</source>
        <translation>请选择来电事项。</translation>
    </message>
    <message>
        <source>Choose the outcome of the call.</source>
        <translation>请选择处理结果。</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2 fit.</source>
        <translation>备注有 %1 个字，最多 %2 个。</translation>
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
    <message>
        <source>invalid USCC &quot;%1&quot;: %2</source>
        <translation>统一社会信用代码“%1”无效：%2</translation>
    </message>
    <message>
        <source>invalid %1 number &quot;%2&quot;: %3</source>
        <translation>%1 证件号码“%2”无效：%3</translation>
    </message>
</context>
<context>
    <name>desk::DashboardPage</name>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Real-name reviews</source>
        <translation>实名审核</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>账号合并</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Updated in %1 ms</source>
        <translation>更新耗时 %1 毫秒</translation>
    </message>
    <message>
        <source>Open items by age in business days</source>
        <translation>未办结事项账龄分布（工作日）</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Decided on time per week (%)</source>
        <translation>每周按时办结率（%）</translation>
    </message>
    <message>
        <source>not available to your role</source>
        <translation>您的角色无权查看</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>waiting for the user</source>
        <translation>待用户补充</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>From the dashboard: %1, %2, open for %3 business days, submitted %4 – %5</source>
        <translation>来自统计报表：%1，%2，已等待 %3 个工作日，提交于 %4 至 %5</translation>
    </message>
    <message>
        <source>From the dashboard: %1 submitted %2 – %3</source>
        <translation>来自统计报表：%1，提交于 %2 至 %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>From the dashboard: %1 decided by %2, %3</source>
        <translation>来自统计报表：%1，由 %2 作出决定，%3</translation>
    </message>
    <message>
        <source>From the dashboard: %1 decided with the reason %2, %3</source>
        <translation>来自统计报表：%1，决定原因为“%2”，%3</translation>
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
    <message>
        <source>The database URL asks for sslmode=%1 to reach %2, another computer: the server&apos;s identity is not checked (and the connection may not even be encrypted), so a machine in between could read or change what is sent. Without sslmode in the URL IdentityDesk uses verify-full.</source>
        <translation>数据库地址要求以 sslmode=%1 连接另一台计算机 %2：这样不会核验服务器的身份（连接甚至可能不加密），中间的机器可以读取或篡改传输的内容。数据库地址中不写 sslmode 时，IdentityDesk 使用 verify-full。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: %2</source>
        <translation>无法为数据库创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>无法创建数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>The database file %1 could be read by other users of this computer (permissions %2); its permissions are now 0600 (only you).</source>
        <translation>数据库文件 %1 原本可被本机其他用户读取（权限 %2）；现已改为 0600（仅您本人可访问）。</translation>
    </message>
    <message>
        <source>The database file %1 can be read by other users of this computer (permissions %2) and could not be narrowed: %3. Ask its owner to run: chmod 600 %1</source>
        <translation>数据库文件 %1 可被本机其他用户读取（权限 %2），且无法收紧权限：%3。请文件所有者执行：chmod 600 %1</translation>
    </message>
    <message>
        <source>Ask the database administrator for the certificate of the authority that signed the server&apos;s certificate, and install it as %1, or name it in the database URL with ?sslrootcert=/path/to/root.crt.</source>
        <translation>请向数据库管理员索取签发该服务器证书的机构（CA）证书，并安装为 %1，或在数据库地址中用 ?sslrootcert=/path/to/root.crt 指定。</translation>
    </message>
    <message>
        <source>The certificate of the database server %1 cannot be checked: this computer has no trusted root certificate for it. %2</source>
        <translation>无法核验数据库服务器 %1 的证书：本机没有用于核验它的受信任根证书。%2</translation>
    </message>
    <message>
        <source>The certificate of the database server is not valid for the host name %1: it was issued for another name. Connect with the host name the certificate names (ask the database administrator), or have the certificate reissued for %1. Do not sign in until this is resolved.</source>
        <translation>数据库服务器的证书对主机名 %1 无效：该证书是为其他名称签发的。请使用证书中列出的主机名连接（请咨询数据库管理员），或为 %1 重新签发证书。问题解决前请不要登录。</translation>
    </message>
    <message>
        <source>The certificate of the database server %1 could not be verified against the trusted root certificate. If the right root certificate is not installed yet: %2 If it is, the server may not be the one it claims to be: do not sign in, and tell the database administrator.</source>
        <translation>无法用受信任的根证书验证数据库服务器 %1 的证书。如果尚未安装正确的根证书：%2 如果已经安装，该服务器可能并非其所声称的服务器：请不要登录，并告知数据库管理员。</translation>
    </message>
    <message>
        <source>The database server %1 does not accept encrypted (TLS) connections, and this connection requires one (sslmode=%2). Ask the database administrator to enable TLS on the server.</source>
        <translation>数据库服务器 %1 不接受加密（TLS）连接，而本次连接要求加密（sslmode=%2）。请数据库管理员在服务器上启用 TLS。</translation>
    </message>
    <message>
        <source>The database server %1 did not sign you in with channel binding, which IdentityDesk requires for a server on another computer: without it, a machine in between could pose as the server. Ask the database administrator to offer SCRAM-SHA-256 password authentication over TLS.</source>
        <translation>数据库服务器 %1 未使用通道绑定为您登录，而连接另一台计算机上的服务器时 IdentityDesk 要求通道绑定：没有它，中间的机器可以冒充服务器。请数据库管理员通过 TLS 提供 SCRAM-SHA-256 密码认证。</translation>
    </message>
    <message>
        <source>The encrypted connection to the database server %1 broke off unexpectedly: the server closed it, or something on the network (a firewall or proxy) interfered. Try again; if it keeps happening, tell the database administrator.</source>
        <translation>与数据库服务器 %1 的加密连接意外中断：服务器关闭了连接，或网络中的设备（防火墙或代理）进行了干扰。请重试；如果一再发生，请告知数据库管理员。</translation>
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
        <source>&quot;%1&quot; is not a database URL: it must start with sqlite: or postgresql://</source>
        <translation>“%1”不是数据库地址：必须以 sqlite: 或 postgresql:// 开头</translation>
    </message>
    <message>
        <source>Unknown channel_binding &quot;%1&quot;: use one of %2.</source>
        <translation>未知的 channel_binding“%1”：请使用 %2 之一。</translation>
    </message>
    <message>
        <source>sslrootcert must name a certificate file whose path has no &apos;;&apos;.</source>
        <translation>sslrootcert 必须指定一个路径中不含“;”的证书文件。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database URL: only sslmode, sslrootcert and channel_binding are understood.</source>
        <translation>数据库地址中有未知选项“%1”：仅支持 sslmode、sslrootcert 和 channel_binding。</translation>
    </message>
</context>
<context>
    <name>desk::DemoAppeals</name>
    <message>
        <source>Demo appeal %1 (%2): %3</source>
        <translation>演示申诉 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Demo appeal %1: %2</source>
        <translation>演示申诉 %1：%2</translation>
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
    <message>
        <source>The demo accounts were written, but filing the demo appeals failed: %1</source>
        <translation>演示账号已写入，但提交演示申诉失败：%1</translation>
    </message>
    <message>
        <source>The demo accounts were written, but filing the demo real-name review requests failed: %1</source>
        <translation>演示账号已写入，但提交演示实名审核申请失败：%1</translation>
    </message>
</context>
<context>
    <name>desk::DemoReviews</name>
    <message>
        <source>No temporary folder for the demo documents.</source>
        <translation>无法为演示材料创建临时文件夹。</translation>
    </message>
    <message>
        <source>A demo review request was refused: %1</source>
        <translation>一条演示审核申请被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>desk::DocumentCheck</name>
    <message>
        <source>GIF picture</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>BMP picture</source>
        <translation>BMP 图片</translation>
    </message>
    <message>
        <source>WebP picture</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <source>TIFF picture</source>
        <translation>TIFF 图片</translation>
    </message>
    <message>
        <source>HEIC picture</source>
        <translation>HEIC 图片</translation>
    </message>
    <message>
        <source>ZIP archive or Office document</source>
        <translation>ZIP 压缩包或 Office 文档</translation>
    </message>
    <message>
        <source>Windows program</source>
        <translation>Windows 程序</translation>
    </message>
    <message>
        <source>Linux program</source>
        <translation>Linux 程序</translation>
    </message>
    <message>
        <source>(unnamed document)</source>
        <translation>（未命名材料）</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 为空（0 字节）。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; at most 1 MB (%3 bytes) is accepted per file.</source>
        <translation>%1 大小为 %2 字节；每个文件最大 1 MB（%3 字节）。</translation>
    </message>
    <message>
        <source>JPEG or PNG pictures and PDF documents</source>
        <translation>JPEG、PNG 图片和 PDF 文档</translation>
    </message>
    <message>
        <source>JPEG or PNG pictures</source>
        <translation>JPEG 或 PNG 图片</translation>
    </message>
    <message>
        <source>%1 is a %2, whatever its name says; only %3 are accepted.</source>
        <translation>%1 实际是 %2（与文件名无关）；只接受 %3。</translation>
    </message>
    <message>
        <source>%1 is of an unknown type: its content is not a JPEG, PNG or PDF file, whatever its name says; only %2 are accepted.</source>
        <translation>%1 类型未知：无论文件名如何，其内容都不是 JPEG、PNG 或 PDF 文件；只接受 %2。</translation>
    </message>
    <message>
        <source>%1 is a PDF document, but only JPEG or PNG pictures are accepted here.</source>
        <translation>%1 是 PDF 文档，但此处只接受 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <source>%1 starts like a PDF document, but its header is damaged.</source>
        <translation>%1 开头像是 PDF 文档，但文件头已损坏。</translation>
    </message>
    <message>
        <source>%1 is an incomplete PDF document: the %%EOF end marker is missing, so the file was probably cut off.</source>
        <translation>%1 是不完整的 PDF 文档：缺少 %%EOF 结束标记，文件可能被截断。</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2 pictures cannot be read on this computer (the Qt image plugin for %2 is not installed).</source>
        <translation>无法检查 %1：本机无法读取 %2 图片（未安装 %2 的 Qt 图像插件）。</translation>
    </message>
    <message>
        <source>%1 is a damaged %2 picture: its header, which gives the picture size, cannot be read.</source>
        <translation>%1 是损坏的 %2 图片：无法读取记录图片尺寸的文件头。</translation>
    </message>
    <message>
        <source>%1 declares a picture of %2 × %3 pixels, more than the %4 megapixels (at most %5 pixels a side) accepted; it is refused as a possible decompression bomb.</source>
        <translation>%1 声明的图片尺寸为 %2 × %3 像素，超过允许的 %4 百万像素（每边最多 %5 像素）；可能是解压炸弹，已拒收。</translation>
    </message>
    <message>
        <source>%1 is an incomplete %2 picture: the file ends before the picture does (it was probably cut off while uploading).</source>
        <translation>%1 是不完整的 %2 图片：图片数据尚未结束文件就已结束（可能在上传时被截断）。</translation>
    </message>
    <message>
        <source>%1 is a damaged %2 picture: its internal structure is invalid.</source>
        <translation>%1 是损坏的 %2 图片：内部结构无效。</translation>
    </message>
    <message>
        <source>%1 is a damaged %2 picture and cannot be decoded: %3.</source>
        <translation>%1 是损坏的 %2 图片，无法解码：%3。</translation>
    </message>
</context>
<context>
    <name>desk::DocumentContent</name>
    <message>
        <source>Document %1 does not exist.</source>
        <translation>材料 %1 不存在。</translation>
    </message>
    <message>
        <source>Document %1 is kept in external storage (%2), which this program cannot read.</source>
        <translation>材料 %1 存放在外部存储（%2）中，本程序无法读取。</translation>
    </message>
</context>
<context>
    <name>desk::DocumentViewer</name>
    <message>
        <source>Previous document (PageUp, P)</source>
        <translation>上一份材料（PageUp、P）</translation>
    </message>
    <message>
        <source>Next document (PageDown, N)</source>
        <translation>下一份材料（PageDown、N）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit to window (F, Ctrl+0)</source>
        <translation>适应窗口（F、Ctrl+0）</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>实际大小（1）</translation>
    </message>
    <message>
        <source>Rotate left (Shift+R, L)</source>
        <translation>向左旋转（Shift+R、L）</translation>
    </message>
    <message>
        <source>Rotate right (R)</source>
        <translation>向右旋转（R）</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>用 PDF 阅读器打开</translation>
    </message>
    <message>
        <source>Saves the document to a private temporary folder and opens it with the system&apos;s PDF viewer</source>
        <translation>将材料保存到私有临时文件夹，并用系统的 PDF 阅读器打开</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>没有材料。</translation>
    </message>
    <message>
        <source>PDF document — open externally
“%1”, %2</source>
        <translation>PDF 文档 — 请用外部程序打开
“%1”，%2</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>正在加载“%1”…</translation>
    </message>
    <message>
        <source>This document cannot be shown.
%1</source>
        <translation>无法显示此材料。
%1</translation>
    </message>
    <message>
        <source>0 / 0</source>
        <translation>0 / 0</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The PDF document cannot be saved for the PDF viewer: no temporary folder could be created (%1).</source>
        <translation>无法为 PDF 阅读器保存该 PDF 文档：无法创建临时文件夹（%1）。</translation>
    </message>
    <message>
        <source>The PDF document cannot be saved to %1: %2</source>
        <translation>无法将该 PDF 文档保存到 %1：%2</translation>
    </message>
    <message>
        <source>No program to open PDF documents was found. The document is saved at %1.</source>
        <translation>未找到可打开 PDF 文档的程序。文档已保存在 %1。</translation>
    </message>
    <message>
        <source>Magnifier under the cursor (M)</source>
        <translation>光标处放大镜（M）</translation>
    </message>
    <message>
        <source>Darker (Shift+B)</source>
        <translation>调暗（Shift+B）</translation>
    </message>
    <message>
        <source>Brighter (B)</source>
        <translation>调亮（B）</translation>
    </message>
    <message>
        <source>Less contrast (Shift+C)</source>
        <translation>降低对比度（Shift+C）</translation>
    </message>
    <message>
        <source>More contrast (C)</source>
        <translation>提高对比度（C）</translation>
    </message>
    <message>
        <source>Reset brightness and contrast (X)</source>
        <translation>恢复亮度和对比度（X）</translation>
    </message>
    <message>
        <source>Brightness %1</source>
        <translation>亮度 %1</translation>
    </message>
    <message>
        <source>contrast %1</source>
        <translation>对比度 %1</translation>
    </message>
    <message>
        <source>Reset brightness and contrast (X): %1</source>
        <translation>恢复亮度和对比度（X）：%1</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+−, Ctrl+wheel</source>
        <translation>Ctrl++ / Ctrl+−、Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>放大 / 缩小</translation>
    </message>
    <message>
        <source>F, Ctrl+0</source>
        <translation>F、Ctrl+0</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>R / Shift+R, L</source>
        <translation>R / Shift+R、L</translation>
    </message>
    <message>
        <source>Rotate right / left</source>
        <translation>向右 / 向左旋转</translation>
    </message>
    <message>
        <source>Arrow keys, drag</source>
        <translation>方向键、拖动</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Magnifier under the cursor</source>
        <translation>光标处放大镜</translation>
    </message>
    <message>
        <source>B / Shift+B</source>
        <translation>B / Shift+B</translation>
    </message>
    <message>
        <source>Brighter / darker</source>
        <translation>调亮 / 调暗</translation>
    </message>
    <message>
        <source>C / Shift+C</source>
        <translation>C / Shift+C</translation>
    </message>
    <message>
        <source>More / less contrast</source>
        <translation>提高 / 降低对比度</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Reset brightness and contrast</source>
        <translation>恢复亮度和对比度</translation>
    </message>
    <message>
        <source>PageDown, N / PageUp, P</source>
        <translation>PageDown、N / PageUp、P</translation>
    </message>
    <message>
        <source>Next / previous document</source>
        <translation>下一份 / 上一份材料</translation>
    </message>
</context>
<context>
    <name>desk::ExportDialog</name>
    <message>
        <source>Export a report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>CSV (UTF-8, for Excel)</source>
        <translation>CSV（UTF-8，适用于 Excel）</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Unmasked personal data (audited)</source>
        <translation>未脱敏的个人信息（记入审计）</translation>
    </message>
    <message>
        <source>Why the full values are needed (at least %1 characters)</source>
        <translation>需要完整信息的原因（至少 %1 个字）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>the whole list</source>
        <translation>整个列表</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Every row of the list is written as shown, with personal data masked. Full values are revealed one at a time in the account detail, or exported by a supervisor in the appeals and real-name review reports.</source>
        <translation>按列表显示的内容写出每一行，个人信息保持脱敏。如需明文，请在账号详情中逐项查看，或由主管通过申诉清单、实名审核清单报表导出。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>desk::FileAppealDialog</name>
    <message>
        <source>File a recovery appeal</source>
        <translation>代为提交申诉</translation>
    </message>
    <message>
        <source>Appeal &amp;type:</source>
        <translation>申诉类型(&amp;T)：</translation>
    </message>
    <message>
        <source>What the caller gives</source>
        <translation>来电人提供的信息</translation>
    </message>
    <message>
        <source>Documents (JPEG or PNG, at most 1 MB each; PDF where marked)</source>
        <translation>材料（JPEG 或 PNG，每个最大 1 MB；注明处可用 PDF）</translation>
    </message>
    <message>
        <source>&amp;File appeal</source>
        <translation>提交申诉(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Date as YYYY-MM-DD</source>
        <translation>日期格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 (PDF allowed)</source>
        <translation>%1（可用 PDF）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still to fill in or correct before the appeal can be filed.</source>
        <translation>
            <numerusform>还有 %n 个字段需要填写或更正，才能提交申诉。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the documents…</source>
        <translation>正在检查材料…</translation>
    </message>
    <message>
        <source>Pictures and PDF documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>图片和 PDF 文档 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>选择%1</translation>
    </message>
    <message>
        <source>%1 is %2; at most 1 MB is accepted per file.</source>
        <translation>%1 大小为 %2；每个文件最大 1 MB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>%1 (%2): checking…</source>
        <translation>%1（%2）：检查中…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: refused, not attached</source>
        <translation>%1：已拒收，未附上</translation>
    </message>
    <message>
        <source>Still missing: %1. The appeal can be filed without them; it is then marked as needing documents.</source>
        <translation>仍缺：%1。没有这些材料也可以提交申诉，但申诉会被标记为需补件。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Filing the appeal…</source>
        <translation>正在提交申诉…</translation>
    </message>
    <message>
        <source>Discard the appeal?</source>
        <translation>放弃此申诉？</translation>
    </message>
    <message>
        <source>The appeal has not been filed. Discard what you entered?</source>
        <translation>申诉尚未提交。要放弃已填写的内容吗？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <message>
        <source>Open the Torch migration look-up with this USCC, mobile number, login or name.</source>
        <translation>用此统一社会信用代码、手机号、登录名或名称打开火炬中心账号迁移查询。</translation>
    </message>
</context>
<context>
    <name>desk::ImageCache</name>
    <message>
        <source>The image cache cannot %1 (OpenSSL).</source>
        <translation>图片缓存无法%1（OpenSSL）。</translation>
    </message>
    <message>
        <source>A cached image was altered, damaged or written with another key; it is refused and will be fetched again.</source>
        <translation>缓存的图片已被改动、损坏或由其他密钥写入；已拒绝使用，将重新获取。</translation>
    </message>
    <message>
        <source>The image cache has not been opened.</source>
        <translation>图片缓存尚未打开。</translation>
    </message>
    <message>
        <source>The image cache key must be %1 bytes.</source>
        <translation>图片缓存密钥必须为 %1 字节。</translation>
    </message>
    <message>
        <source>draw a random nonce</source>
        <translation>生成随机数</translation>
    </message>
    <message>
        <source>encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>decrypt</source>
        <translation>解密</translation>
    </message>
    <message>
        <source>The image cache key in the keychain is unusable; images are kept in memory only.</source>
        <translation>钥匙串中的图片缓存密钥不可用；图片仅保存在内存中。</translation>
    </message>
    <message>
        <source>No random key could be made for the image cache; images are kept in memory only.</source>
        <translation>无法为图片缓存生成随机密钥；图片仅保存在内存中。</translation>
    </message>
    <message>
        <source>The image cache key cannot be stored in the keychain (%1); images are kept in memory only.</source>
        <translation>无法将图片缓存密钥存入钥匙串（%1）；图片仅保存在内存中。</translation>
    </message>
    <message>
        <source>No system keychain is available; images are kept in memory only.</source>
        <translation>本机没有可用的系统钥匙串；图片仅保存在内存中。</translation>
    </message>
    <message>
        <source>The keychain refused the image cache key (%1); images are kept in memory only.</source>
        <translation>钥匙串拒绝了图片缓存密钥（%1）；图片仅保存在内存中。</translation>
    </message>
    <message>
        <source>The image cache key must be %1 bytes; images are kept in memory only.</source>
        <translation>图片缓存密钥必须为 %1 字节；图片仅保存在内存中。</translation>
    </message>
    <message>
        <source>The image cache folder %1 cannot be created; images are kept in memory only.</source>
        <translation>无法创建图片缓存文件夹 %1；图片仅保存在内存中。</translation>
    </message>
    <message>
        <source>A cached image cannot be written to %1: %2</source>
        <translation>无法将缓存图片写入 %1：%2</translation>
    </message>
    <message>
        <source>The image is not in the cache.</source>
        <translation>缓存中没有该图片。</translation>
    </message>
    <message>
        <source>A cached image cannot be read from %1: %2</source>
        <translation>无法从 %1 读取缓存图片：%2</translation>
    </message>
</context>
<context>
    <name>desk::ImageCompareView</name>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Side by side or one at a time (S)</source>
        <translation>并排或逐张显示（S）</translation>
    </message>
    <message>
        <source>Previous document (P, PageUp)</source>
        <translation>上一份材料（P、PageUp）</translation>
    </message>
    <message>
        <source>Next document (N, PageDown)</source>
        <translation>下一份材料（N、PageDown）</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>快捷键（F1）</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Side by side / one at a time</source>
        <translation>并排 / 逐张显示</translation>
    </message>
    <message>
        <source>N, PageDown / P, PageUp</source>
        <translation>N、PageDown / P、PageUp</translation>
    </message>
    <message>
        <source>Next / previous document</source>
        <translation>下一份 / 上一份材料</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>显示本快捷键列表</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>逐张</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>没有材料。</translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <translation>%1（%2 / %3）</translation>
    </message>
</context>
<context>
    <name>desk::ListExportButton</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Writes every row of this list to CSV, XLSX or PDF, masked as shown (%1)</source>
        <translation>将本列表的每一行按显示内容（脱敏）导出为 CSV、XLSX 或 PDF（%1）</translation>
    </message>
    <message>
        <source>Writes every row of this list to CSV, XLSX or PDF, masked as shown</source>
        <translation>将本列表的每一行按显示内容（脱敏）导出为 CSV、XLSX 或 PDF</translation>
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
    <message>
        <source>Help-desk call</source>
        <translation>客服来电</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>记录来电</translation>
    </message>
    <message>
        <source>Password reset after an appeal</source>
        <translation>申诉后重置密码</translation>
    </message>
    <message>
        <source>Appeal filed by the help desk</source>
        <translation>客服代为提交申诉</translation>
    </message>
    <message>
        <source>Appeal received from the public platform</source>
        <translation>接收公共平台申诉</translation>
    </message>
    <message>
        <source>Appeal claimed</source>
        <translation>领取申诉</translation>
    </message>
    <message>
        <source>Claim kept alive</source>
        <translation>延续领取</translation>
    </message>
    <message>
        <source>Appeal released to the queue</source>
        <translation>释放申诉回队列</translation>
    </message>
    <message>
        <source>Appeal reassigned</source>
        <translation>改派申诉</translation>
    </message>
    <message>
        <source>Appeal approved</source>
        <translation>通过申诉</translation>
    </message>
    <message>
        <source>Appeal rejected</source>
        <translation>驳回申诉</translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation>要求补件</translation>
    </message>
    <message>
        <source>Documents resubmitted</source>
        <translation>补交材料</translation>
    </message>
    <message>
        <source>Appeal withdrawn</source>
        <translation>撤回申诉</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>添加备注</translation>
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
    <message>
        <source>Account look-up results</source>
        <translation>账号查询结果</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号范围</translation>
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
    <message>
        <source>%1 Searching for it as a legacy code.</source>
        <translation>%1将按旧系统代码搜索。</translation>
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
    <message>
        <source>Recovery appeals</source>
        <translation>申诉找回</translation>
    </message>
    <message>
        <source>Torch migration</source>
        <translation>火炬中心账号迁移</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Run migration</source>
        <translation>执行账号迁移</translation>
    </message>
    <message>
        <source>Reason templates</source>
        <translation>驳回理由模板</translation>
    </message>
    <message>
        <source>File a recovery &amp;appeal…</source>
        <translation>代为提交申诉(&amp;A)…</translation>
    </message>
    <message>
        <source>The appeal was filed and waits in the reviewers&apos; queue.</source>
        <translation>申诉已提交，正在审核员队列中等待处理。</translation>
    </message>
    <message>
        <source>Real-name review</source>
        <translation>实名审核</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Review quality sampling</source>
        <translation>审核质检抽查</translation>
    </message>
    <message>
        <source>Account merges</source>
        <translation>账号合并</translation>
    </message>
    <message>
        <source>SMS outbox</source>
        <translation>短信发件箱</translation>
    </message>
    <message>
        <source>There is no list to open for this bar.</source>
        <translation>此柱形没有可打开的列表。</translation>
    </message>
</context>
<context>
    <name>desk::MergePage</name>
    <message>
        <source>Same ID number</source>
        <translation>证件号码相同</translation>
    </message>
    <message>
        <source>O4 person account of an organization</source>
        <translation>单位的 O4 自然人账号</translation>
    </message>
    <message>
        <source>Same USCC</source>
        <translation>统一社会信用代码相同</translation>
    </message>
    <message>
        <source>Former name</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Rename recovery</source>
        <translation>更名找回</translation>
    </message>
    <message>
        <source>Project transfer</source>
        <translation>项目移送</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Request merge…</source>
        <translation>申请合并…</translation>
    </message>
    <message>
        <source>Project transfer…</source>
        <translation>项目移送…</translation>
    </message>
    <message>
        <source>Move a departing member&apos;s projects to a colleague of the same organization</source>
        <translation>将离职人员的项目移送给同一单位的同事</translation>
    </message>
    <message>
        <source>Possible duplicate accounts</source>
        <translation>疑似重复账号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Accounts (login, name)</source>
        <translation>账号（登录名，名称）</translation>
    </message>
    <message>
        <source>Real-name bound</source>
        <translation>已实名绑定</translation>
    </message>
    <message>
        <source>More</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源账号</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标账号</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Approve and execute</source>
        <translation>批准并执行</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Request undo</source>
        <translation>申请撤销</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Merge, rename and transfer requests (a second supervisor approves)</source>
        <translation>合并、更名找回和移送申请（由另一名主管审批）</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
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
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Delegations expiring within 30 days (the organization&apos;s administrator re-delegates)</source>
        <translation>30 天内到期的授权（由单位管理员重新授权）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Merge request %1 recorded; a supervisor who did not request it approves it.</source>
        <translation>合并申请 %1 已登记；须由申请人以外的主管审批。</translation>
    </message>
    <message>
        <source>Transfer request %1 recorded; a supervisor who did not request it approves it.</source>
        <translation>移送申请 %1 已登记；须由申请人以外的主管审批。</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>请先选择一条申请。</translation>
    </message>
    <message>
        <source>Why is request %1 rejected?</source>
        <translation>驳回申请 %1 的理由是什么？</translation>
    </message>
    <message>
        <source>Why is request %1 undone?</source>
        <translation>撤销申请 %1 的理由是什么？</translation>
    </message>
    <message>
        <source>Undo request %1 recorded; another supervisor approves it.</source>
        <translation>申请 %1 的撤销申请已登记；须由另一名主管审批。</translation>
    </message>
    <message>
        <source>Request %1: %2.</source>
        <translation>申请 %1：%2。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation>授权单位</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Pending activation</source>
        <translation>待激活</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Merge, rename and transfer requests</source>
        <translation>合并、更名找回和移送申请</translation>
    </message>
    <message>
        <source>Delegations expiring within 30 days</source>
        <translation>30 天内到期的授权</translation>
    </message>
    <message>
        <source>Accounts pending activation</source>
        <translation>待激活账号</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
</context>
<context>
    <name>desk::MergeRepository</name>
    <message>
        <source>&quot;%1&quot; is not a reason of the duplicate finder (%2).</source>
        <translation>“%1”不是疑似重复账号查找的原因（%2）。</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>没有账号 %1。</translation>
    </message>
    <message>
        <source>No merge or transfer request %1.</source>
        <translation>没有合并或移送申请 %1。</translation>
    </message>
    <message>
        <source>recording the request</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>deciding request %1</source>
        <translation>审批申请 %1</translation>
    </message>
    <message>
        <source>Rule &quot;decided once&quot;: request %1 was decided already (%2, by %3).</source>
        <translation>规则“只审批一次”：申请 %1 已审批过（%2，审批人 %3）。</translation>
    </message>
    <message>
        <source>Rule &quot;four eyes&quot;: %1 requested %2 and cannot decide it.</source>
        <translation>规则“双人复核”：%1 提出了申请 %2，不能自行审批。</translation>
    </message>
    <message>
        <source>Rule &quot;undo what was executed&quot;: request %1 is not executed.</source>
        <translation>规则“只撤销已执行的申请”：申请 %1 尚未执行。</translation>
    </message>
    <message>
        <source>The ledger does not record table %1.</source>
        <translation>台账未记录表 %1。</translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <source>Rule &quot;merged accounts stay merged&quot;: %1 is merged into another account already.</source>
        <translation>规则“已合并账号保持合并”：%1 已合并到其他账号。</translation>
    </message>
    <message>
        <source>Rule &quot;one real-name binding&quot;: %1 and %2 are both real-name bound; a merge is refused.</source>
        <translation>规则“唯一实名绑定”：%1 和 %2 均已实名绑定，不能合并。</translation>
    </message>
    <message>
        <source>Rule &quot;projects of the source&quot;: project %1 does not belong to %2.</source>
        <translation>规则“源账号的项目”：项目 %1 不属于 %2。</translation>
    </message>
    <message>
        <source>Rule &quot;same organization&quot;: %1 and %2 are not delegated by the same organization.</source>
        <translation>规则“同一单位”：%1 和 %2 不是由同一单位授权的。</translation>
    </message>
    <message>
        <source>Rule &quot;undo restores exactly&quot;: changed since request %1 executed: %2</source>
        <translation>规则“撤销须完全恢复”：申请 %1 执行后以下内容已发生变化：%2</translation>
    </message>
</context>
<context>
    <name>desk::MergeRequestDialog</name>
    <message>
        <source>What moves to the target: %1 delegations, %2 projects, %3 legacy links, %4 open appeals and reviews, %5 history entries (calls and events).</source>
        <translation>将移至目标账号的内容：%1 项授权、%2 个项目、%3 个旧系统关联、%4 件未办结的申诉和审核、%5 条历史记录（来电和事件）。</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>无冲突。</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>冲突：</translation>
    </message>
    <message>
        <source>two delegations for one business system: the later expiry is kept, delegation %1 ends</source>
        <translation>同一业务系统有两项授权：保留到期较晚的一项，授权 %1 终止</translation>
    </message>
    <message>
        <source>an organization is not delegated to: delegation %1 ends</source>
        <translation>单位账号不接受授权：授权 %1 终止</translation>
    </message>
    <message>
        <source>Request an account merge</source>
        <translation>申请账号合并</translation>
    </message>
    <message>
        <source>Merge: the source is disabled and merged into the target</source>
        <translation>合并：源账号停用并合并到目标账号</translation>
    </message>
    <message>
        <source>Rename recovery: also record the source&apos;s name as the target&apos;s former name</source>
        <translation>更名找回：同时将源账号的名称记为目标账号的曾用名</translation>
    </message>
    <message>
        <source>Why (for example: registered twice, FAQ 8.3)</source>
        <translation>原因（例如：重复注册，FAQ 8.3）</translation>
    </message>
    <message>
        <source>Stamped declaration (PDF, JPEG or PNG), optional</source>
        <translation>加盖公章的声明（PDF、JPEG 或 PNG），可选</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>材料文件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Source (disabled)</source>
        <translation>源账号（将停用）</translation>
    </message>
    <message>
        <source>Target (remains)</source>
        <translation>目标账号（保留）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Preview what moves before you request the merge.</source>
        <translation>申请合并前，请先预览将移至目标账号的内容。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Request merge</source>
        <translation>申请合并</translation>
    </message>
    <message>
        <source>Give a reason for the merge.</source>
        <translation>请填写合并理由。</translation>
    </message>
</context>
<context>
    <name>desk::MergeService</name>
    <message>
        <source>Cannot read the evidence file %1: %2</source>
        <translation>无法读取证明材料文件 %1：%2</translation>
    </message>
    <message>
        <source>The evidence file %1 is larger than 1 MB.</source>
        <translation>证明材料文件 %1 超过 1 MB。</translation>
    </message>
    <message>
        <source>The page size must be between 1 and 1000 (not %1).</source>
        <translation>每页条数须在 1 至 1000 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>Name the account by its login.</source>
        <translation>请用登录名指定账号。</translation>
    </message>
    <message>
        <source>No account has the login &quot;%1&quot;.</source>
        <translation>没有登录名为“%1”的账号。</translation>
    </message>
    <message>
        <source>The source and the target are the same account (%1).</source>
        <translation>源账号和目标账号是同一个账号（%1）。</translation>
    </message>
    <message>
        <source>Rule &quot;merged accounts stay merged&quot;: %1 is merged into another account already.</source>
        <translation>规则“已合并账号保持合并”：%1 已合并到其他账号。</translation>
    </message>
    <message>
        <source>A project transfer goes from one person account to another.</source>
        <translation>项目移送只能在两个自然人账号之间进行。</translation>
    </message>
    <message>
        <source>Rule &quot;one real-name binding&quot;: %1 and %2 are both real-name bound; a merge is refused.</source>
        <translation>规则“唯一实名绑定”：%1 和 %2 均已实名绑定，不能合并。</translation>
    </message>
    <message>
        <source>A rename recovery moves projects between two organization accounts.</source>
        <translation>更名找回是在两个法人账号之间转移项目。</translation>
    </message>
    <message>
        <source>An organization account is not merged into a person account (%1).</source>
        <translation>法人账号不能合并到自然人账号（%1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not merge, rename or transfer.</source>
        <translation>“%1”不是 merge、rename 或 transfer。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not merge or rename.</source>
        <translation>“%1”不是 merge 或 rename。</translation>
    </message>
    <message>
        <source>A merge request needs a reason.</source>
        <translation>合并申请须填写理由。</translation>
    </message>
    <message>
        <source>A transfer request needs a reason.</source>
        <translation>移送申请须填写理由。</translation>
    </message>
    <message>
        <source>Name at least one project to transfer.</source>
        <translation>请至少指定一个要移送的项目。</translation>
    </message>
    <message>
        <source>A transfer needs the organization&apos;s stamped declaration as evidence (--evidence FILE).</source>
        <translation>项目移送须提供单位加盖公章的声明作为证明材料（--evidence FILE）。</translation>
    </message>
    <message>
        <source>Rule &quot;projects of the source&quot;: project %1 does not belong to %2.</source>
        <translation>规则“源账号的项目”：项目 %1 不属于 %2。</translation>
    </message>
    <message>
        <source>Rule &quot;same organization&quot;: %1 and %2 are not delegated by the same organization.</source>
        <translation>规则“同一单位”：%1 和 %2 不是由同一单位授权的。</translation>
    </message>
    <message>
        <source>undo of request %1</source>
        <translation>撤销申请 %1</translation>
    </message>
    <message>
        <source>Rule &quot;undo what was executed&quot;: request %1 is %2 (%3), nothing to undo.</source>
        <translation>规则“只撤销已执行的申请”：申请 %1 的状态为 %2（%3），无可撤销的内容。</translation>
    </message>
    <message>
        <source>Rule &quot;one undo at a time&quot;: an undo of request %1 is waiting for approval.</source>
        <translation>规则“一次只能撤销一次”：申请 %1 的撤销申请正在等待审批。</translation>
    </message>
    <message>
        <source>Rule &quot;decided once&quot;: request %1 was decided already (%2, by %3).</source>
        <translation>规则“只审批一次”：申请 %1 已审批过（%2，审批人 %3）。</translation>
    </message>
    <message>
        <source>Rule &quot;four eyes&quot;: %1 requested %2 and cannot decide it; another supervisor does.</source>
        <translation>规则“双人复核”：%1 提出了申请 %2，不能自行审批；须由另一名主管审批。</translation>
    </message>
    <message>
        <source>A rejection needs a reason (--reason TEXT).</source>
        <translation>驳回须填写理由（--reason TEXT）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state (pending, executed, rejected, undone).</source>
        <translation>“%1”不是有效状态（pending、executed、rejected、undone）。</translation>
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
    <message>
        <source>The preview was cancelled; nothing was changed.</source>
        <translation>已取消预览；未做任何更改。</translation>
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
    <message>
        <source>Give the organization&apos;s full name as registered (2 to 100 characters).</source>
        <translation>请输入单位注册时的完整名称（2 至 100 个字符）。</translation>
    </message>
    <message>
        <source>%1 Searched as a legacy code, as typed.</source>
        <translation>%1已按旧系统代码、按输入内容查询。</translation>
    </message>
</context>
<context>
    <name>desk::MigrationPage</name>
    <message>
        <source>Recognised: USCC (organization, Torch login)</source>
        <translation>识别为：统一社会信用代码（法人，火炬中心登录名）</translation>
    </message>
    <message>
        <source>Recognised: mobile number (person, Torch login)</source>
        <translation>识别为：手机号（自然人，火炬中心登录名）</translation>
    </message>
    <message>
        <source>Recognised: Torch login</source>
        <translation>识别为：火炬中心登录名</translation>
    </message>
    <message>
        <source>Recognised: organization name (current or former)</source>
        <translation>识别为：单位名称（现名称或原名称）</translation>
    </message>
    <message>
        <source>Migrated account</source>
        <translation>迁移后的账号</translation>
    </message>
    <message>
        <source>Organization that delegates</source>
        <translation>授权单位</translation>
    </message>
    <message>
        <source>Existing organization account</source>
        <translation>已有的法人账号</translation>
    </message>
    <message>
        <source>Verified owner of the phone</source>
        <translation>已实名认证的手机号持有人</translation>
    </message>
    <message>
        <source>USCC, mobile number, Torch login or organization name (Ctrl+M)</source>
        <translation>统一社会信用代码、手机号、火炬中心登录名或单位名称（Ctrl+M）</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <source>Copy login</source>
        <translation>复制登录名</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Legacy system:</source>
        <translation>旧系统：</translation>
    </message>
    <message>
        <source>Login to use:</source>
        <translation>应使用的登录名：</translation>
    </message>
    <message>
        <source>Sign-in window:</source>
        <translation>登录窗口：</translation>
    </message>
    <message>
        <source>Copy guidance</source>
        <translation>复制告知内容</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>记录来电…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Real-name status</source>
        <translation>实名状态</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Tell the caller:</source>
        <translation>告知来电人：</translation>
    </message>
    <message>
        <source>Accounts involved (Enter opens the detail):</source>
        <translation>相关账号（按回车查看详情）：</translation>
    </message>
    <message>
        <source>O0 not in Torch: register an organization account (or sign in to the existing one) and verify</source>
        <translation>O0 不在火炬中心：注册法人账号（或登录已有账号）并进行实名认证</translation>
    </message>
    <message>
        <source>P0 not in Torch: register a person account</source>
        <translation>P0 不在火炬中心：注册自然人账号</translation>
    </message>
    <message>
        <source>Not migrated yet</source>
        <translation>尚未迁移</translation>
    </message>
    <message>
        <source>Organization (legal person) sign-in window</source>
        <translation>法人登录窗口</translation>
    </message>
    <message>
        <source>Person (natural person) sign-in window</source>
        <translation>自然人登录窗口</translation>
    </message>
    <message>
        <source>Type what the caller gives you and press Enter.</source>
        <translation>输入来电人提供的信息，然后按回车。</translation>
    </message>
    <message>
        <source>Type a USCC, a mobile number, a Torch login or an organization name first.</source>
        <translation>请先输入统一社会信用代码、手机号、火炬中心登录名或单位名称。</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>查询中…</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待迁移</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No Torch organization is known under the name &quot;%1&quot;. Ask the caller for the USCC.</source>
        <translation>火炬中心没有名称为“%1”的单位。请向来电人询问统一社会信用代码。</translation>
    </message>
    <message>
        <source>No Torch account has the login &quot;%1&quot;. Ask for the USCC (organizations) or the mobile number (persons) it was registered with.</source>
        <translation>火炬中心没有登录名为“%1”的账号。请询问注册时使用的统一社会信用代码（法人）或手机号（自然人）。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> (legacy login %1)</source>
        <translation> (旧系统登录名 %1)</translation>
    </message>
    <message>
        <source>— (no platform login yet)</source>
        <translation>—（尚无平台登录名）</translation>
    </message>
    <message>
        <source>Why the migration could not place it: %1</source>
        <translation>未能迁移的原因：%1</translation>
    </message>
    <message>
        <source>There is no platform account to log this call against.</source>
        <translation>没有可记录此次来电的平台账号。</translation>
    </message>
    <message>
        <source>Guidance copied.</source>
        <translation>已复制告知内容。</translation>
    </message>
    <message>
        <source>Login %1 copied.</source>
        <translation>已复制登录名 %1。</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2（%3）</translation>
    </message>
    <message>
        <source>Call logged against the account.</source>
        <translation>已在该账号下记录来电。</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账号 %1</translation>
    </message>
</context>
<context>
    <name>desk::MigrationRunPage</name>
    <message>
        <source>Also retry the legacy accounts recorded as conflicts</source>
        <translation>同时重试已记录为冲突的旧系统账号</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Makes every decision and keeps none of them.</source>
        <translation>判定所有情形，但不保存任何结果。</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>执行(&amp;A)…</translation>
    </message>
    <message>
        <source>Preview first.</source>
        <translation>请先预览。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Legacy &amp;system:</source>
        <translation>旧系统(&amp;S)：</translation>
    </message>
    <message>
        <source>%v / %m legacy accounts</source>
        <translation>%v / %m 个旧系统账号</translation>
    </message>
    <message>
        <source>Preview the migration to see what it would do.</source>
        <translation>先预览迁移，查看将会执行的操作。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>Legacy accounts</source>
        <translation>旧系统账号数</translation>
    </message>
    <message>
        <source>Legacy login</source>
        <translation>旧系统登录名</translation>
    </message>
    <message>
        <source>Why it could not be placed</source>
        <translation>未能迁移的原因</translation>
    </message>
    <message>
        <source>Apply the migration</source>
        <translation>执行迁移</translation>
    </message>
    <message>
        <source>Migrate %1 legacy accounts onto the platform? Accounts and delegations are created as previewed; this is recorded in the audit log and is not undone by cancelling.</source>
        <translation>确定将 %1 个旧系统账号迁移到平台吗？将按预览结果创建账号和授权；此操作记入审计日志，中途取消也不会撤销已完成的部分。</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>将在当前批次完成后取消…</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>正在预览…</translation>
    </message>
    <message>
        <source>Migrating…</source>
        <translation>正在迁移…</translation>
    </message>
    <message>
        <source>Nothing to migrate: every legacy account of this system has a case or a recorded conflict.</source>
        <translation>无需迁移：该系统的所有旧系统账号都已有迁移情形或已记录冲突。</translation>
    </message>
    <message>
        <source>Preview: %1 legacy accounts would be placed, %2 would be conflicts. Nothing was changed.</source>
        <translation>预览：%1 个旧系统账号可以迁移，%2 个将产生冲突。未做任何更改。</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 legacy accounts were migrated and kept; run again to finish.</source>
        <translation>已取消：%2 个旧系统账号中已迁移并保留 %1 个；请再次运行以完成。</translation>
    </message>
    <message>
        <source>Migrated %1 legacy accounts; %2 conflicts were recorded.</source>
        <translation>已迁移 %1 个旧系统账号；记录了 %2 个冲突。</translation>
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
        <source>The role %1 may not %2.</source>
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
    <message>
        <source>file recovery appeals</source>
        <translation>代为提交申诉</translation>
    </message>
    <message>
        <source>review recovery appeals</source>
        <translation>审核申诉</translation>
    </message>
    <message>
        <source>release or reassign other reviewers&apos; appeals</source>
        <translation>释放或改派其他审核员的申诉</translation>
    </message>
    <message>
        <source>edit the holiday calendar and queue settings</source>
        <translation>编辑节假日日历和队列设置</translation>
    </message>
    <message>
        <source>edit rejection reason templates</source>
        <translation>编辑驳回理由模板</translation>
    </message>
    <message>
        <source>deliver text messages</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <source>import real-name review requests</source>
        <translation>导入实名审核申请</translation>
    </message>
    <message>
        <source>review real-name verification requests</source>
        <translation>审核实名认证申请</translation>
    </message>
    <message>
        <source>read the real-name review queue</source>
        <translation>查看实名审核队列</translation>
    </message>
    <message>
        <source>sample real-name review decisions for quality checks</source>
        <translation>抽查实名审核结果进行质检</translation>
    </message>
    <message>
        <source>look for duplicate accounts</source>
        <translation>查找疑似重复账号</translation>
    </message>
    <message>
        <source>request account merges and project transfers</source>
        <translation>申请账号合并和项目移送</translation>
    </message>
    <message>
        <source>approve, reject or undo account merges and project transfers</source>
        <translation>批准、驳回或撤销账号合并和项目移送</translation>
    </message>
    <message>
        <source>run reports</source>
        <translation>运行统计报表</translation>
    </message>
    <message>
        <source>run list reports and reviewers&apos; figures</source>
        <translation>运行明细报表和审核员统计</translation>
    </message>
    <message>
        <source>export personal data unmasked</source>
        <translation>导出未脱敏的个人信息</translation>
    </message>
    <message>
        <source>send a failed text message again</source>
        <translation>重新发送失败的短信</translation>
    </message>
</context>
<context>
    <name>desk::RealNameChecks</name>
    <message>
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>Primary agent</source>
        <translation>主代办人</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>缺少字段“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID document type.</source>
        <translation>“%1”不是证件类型。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: a resident ID number has 18 characters.</source>
        <translation>%1：居民身份证号码为 18 位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date (YYYY-MM-DD) or long_term, not &quot;%2&quot;.</source>
        <translation>“%1”须为日期（YYYY-MM-DD）或 long_term，而不是“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date (YYYY-MM-DD), not &quot;%2&quot;.</source>
        <translation>“%1”须为日期（YYYY-MM-DD），而不是“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization type.</source>
        <translation>“%1”不是法人类型。</translation>
    </message>
    <message>
        <source>uscc: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>&quot;agent_phone&quot; is not a mainland mobile number.</source>
        <translation>“agent_phone”不是大陆手机号。</translation>
    </message>
    <message>
        <source>&quot;legal_rep_sex&quot; must be male or female.</source>
        <translation>“legal_rep_sex”须为 male 或 female。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identity region.</source>
        <translation>“%1”不是身份类型。</translation>
    </message>
    <message>
        <source>&quot;sex&quot; must be male or female.</source>
        <translation>“sex”须为 male 或 female。</translation>
    </message>
    <message>
        <source>&quot;phone&quot; is not a mainland mobile number.</source>
        <translation>“phone”不是大陆手机号。</translation>
    </message>
    <message>
        <source>A %1 number has no check digit to verify.</source>
        <translation>%1 号码没有可核验的校验位。</translation>
    </message>
    <message>
        <source>The check digit of the ID number is correct.</source>
        <translation>证件号码校验位正确。</translation>
    </message>
    <message>
        <source>The birth date cannot be read from this number.</source>
        <translation>无法从该号码读出出生日期。</translation>
    </message>
    <message>
        <source>Declared birth date %1, the ID number says %2.</source>
        <translation>填报的出生日期为 %1，证件号码显示为 %2。</translation>
    </message>
    <message>
        <source>The declared birth date matches the ID number.</source>
        <translation>填报的出生日期与证件号码一致。</translation>
    </message>
    <message>
        <source>The sex cannot be read from this number.</source>
        <translation>无法从该号码读出性别。</translation>
    </message>
    <message>
        <source>No sex declared; the ID number says %1.</source>
        <translation>未填报性别；证件号码显示为 %1。</translation>
    </message>
    <message>
        <source>Declared sex %1, the ID number says %2.</source>
        <translation>填报的性别为 %1，证件号码显示为 %2。</translation>
    </message>
    <message>
        <source>The declared sex matches the ID number.</source>
        <translation>填报的性别与证件号码一致。</translation>
    </message>
    <message>
        <source>No birth date to tell the age.</source>
        <translation>没有出生日期，无法判断年龄。</translation>
    </message>
    <message>
        <source>An age of %1 years at submission is not plausible.</source>
        <translation>提交时年龄为 %1 岁，不合常理。</translation>
    </message>
    <message>
        <source>The legal representative is %1 years old: a legal representative is an adult.</source>
        <translation>法定代表人为 %1 岁：法定代表人须为成年人。</translation>
    </message>
    <message>
        <source>The primary agent is %1 years old: an agent is an adult.</source>
        <translation>主代办人为 %1 岁：代办人须为成年人。</translation>
    </message>
    <message>
        <source>%1 years old at submission.</source>
        <translation>提交时 %1 岁。</translation>
    </message>
    <message>
        <source>The validity period is incomplete.</source>
        <translation>有效期限不完整。</translation>
    </message>
    <message>
        <source>The ID expired on %1, before the submission on %2.</source>
        <translation>证件已于 %1 过期，早于提交日期 %2。</translation>
    </message>
    <message>
        <source>The ID is valid only from %1.</source>
        <translation>证件自 %1 起才有效。</translation>
    </message>
    <message>
        <source>Not expired; the length cannot be checked without a birth date.</source>
        <translation>未过期；没有出生日期，无法核对有效期长度。</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued at the age of %1, the ID should be valid for %2, but the declared period is %3.</source>
        <translation>证件签发时持证人 %1 岁，有效期应为 %2，但填报的有效期为 %3。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Valid (%1, issued at the age of %2).</source>
        <translation>有效（%1，签发时 %2 岁）。</translation>
    </message>
    <message>
        <source>The USCC&apos;s check character and parts are valid.</source>
        <translation>统一社会信用代码的校验码和各部分均有效。</translation>
    </message>
</context>
<context>
    <name>desk::ReasonTemplateDialog</name>
    <message>
        <source>Change reason template %1</source>
        <translation>修改理由模板 %1</translation>
    </message>
    <message>
        <source>Add a reason template</source>
        <translation>添加理由模板</translation>
    </message>
    <message>
        <source>e.g. unclear_image (lower-case letters, digits, underscores)</source>
        <translation>例如 unclear_image（小写字母、数字、下划线）</translation>
    </message>
    <message>
        <source>What reviewers see in the list</source>
        <translation>审核员在列表中看到的名称</translation>
    </message>
    <message>
        <source>What the user is told by SMS</source>
        <translation>通过短信告知用户的内容</translation>
    </message>
    <message>
        <source>Templates are listed by this number, smallest first.</source>
        <translation>模板按此序号从小到大排列。</translation>
    </message>
    <message>
        <source>Active: reviewers can choose it</source>
        <translation>启用：审核员可以选择</translation>
    </message>
    <message>
        <source>The code cannot change once the template is saved.</source>
        <translation>模板保存后代码不可更改。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;SMS text:</source>
        <translation>短信内容(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 个字符</translation>
    </message>
</context>
<context>
    <name>desk::ReasonTemplatesPage</name>
    <message>
        <source>Rejection reasons: what reviewers choose when they reject an appeal or ask for documents, and the text the user then gets by SMS.</source>
        <translation>驳回理由：审核员驳回申诉或要求补件时选择的理由，以及随后通过短信发给用户的内容。</translation>
    </message>
    <message>
        <source>&amp;Add… (Ins)</source>
        <translation>添加(&amp;A)…（Ins）</translation>
    </message>
    <message>
        <source>&amp;Change… (Enter)</source>
        <translation>修改(&amp;C)…（Enter）</translation>
    </message>
    <message>
        <source>&amp;Deactivate (Del)</source>
        <translation>停用(&amp;D)（Del）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Only administrators change the reason templates.</source>
        <translation>只有管理员可以修改理由模板。</translation>
    </message>
    <message>
        <source>Cannot read the reason templates: %1</source>
        <translation>无法读取理由模板：%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved the reason template &quot;%1&quot; (%2).</source>
        <translation>已保存理由模板“%1”（%2）。</translation>
    </message>
    <message>
        <source>Deactivate reason template</source>
        <translation>停用理由模板</translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot; (%2)? Reviewers can no longer choose it; decisions that used it keep it. It can be made active again with Change.</source>
        <translation>确定停用“%1”（%2）吗？审核员将无法再选择它；已使用它的审核结果保持不变。之后可通过“修改”重新启用。</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <translation>正在停用…</translation>
    </message>
    <message>
        <source>Deactivated the reason template &quot;%1&quot; (%2).</source>
        <translation>已停用理由模板“%1”（%2）。</translation>
    </message>
</context>
<context>
    <name>desk::ReportCatalog</name>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>理由代码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Real-name reviews</source>
        <translation>实名审核</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Backlog by age in business days</source>
        <translation>积压事项账龄分布（工作日）</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Age (business days)</source>
        <translation>账龄（工作日）</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未办结数</translation>
    </message>
    <message>
        <source>SLA per week</source>
        <translation>每周时限达成情况</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Decided on time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>按时办结率（%）</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <source>Throughput per reviewer per day</source>
        <translation>各审核员每日办理量</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Decisions and reasons</source>
        <translation>审核结果及理由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Migration cases</source>
        <translation>迁移情形</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Legacy accounts</source>
        <translation>旧系统账号数</translation>
    </message>
    <message>
        <source>Help-desk calls</source>
        <translation>客服来电</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>来电事项</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电数</translation>
    </message>
    <message>
        <source>Real-name QA agreement</source>
        <translation>实名审核质检一致率</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>抽查数</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>一致率（%）</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>对象编号</translation>
    </message>
</context>
<context>
    <name>desk::ReportChart</name>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Real-name reviews</source>
        <translation>实名审核</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>账号合并</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>waiting for the user</source>
        <translation>待用户补充</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Open items by age in business days</source>
        <translation>未办结事项账龄分布（工作日）</translation>
    </message>
    <message>
        <source>Decided on time per week (%)</source>
        <translation>每周按时办结率（%）</translation>
    </message>
    <message>
        <source>Decisions per reviewer</source>
        <translation>各审核员办理量</translation>
    </message>
    <message>
        <source>Decisions per reason</source>
        <translation>各理由的审核结果件数</translation>
    </message>
    <message>
        <source>Legacy accounts per migration case</source>
        <translation>各迁移情形的旧系统账号数</translation>
    </message>
    <message>
        <source>Calls per topic and outcome</source>
        <translation>各来电事项及处理结果的来电数</translation>
    </message>
    <message>
        <source>QA agreement per reviewer (%)</source>
        <translation>各审核员质检一致率（%）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No figures in this period</source>
        <translation>本期间没有数据</translation>
    </message>
</context>
<context>
    <name>desk::ReportService</name>
    <message>
        <source>Days</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>all (a snapshot)</source>
        <translation>全部（当前快照）</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;. The reports are: %2.</source>
        <translation>没有名为“%1”的报表。可用的报表有：%2。</translation>
    </message>
    <message>
        <source>Give the first and the last day as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写起始日和结束日。</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first day (%2).</source>
        <translation>结束日（%1）早于起始日（%2）。</translation>
    </message>
    <message>
        <source>The queue &quot;%1&quot; is not appeals, reviews or merges.</source>
        <translation>队列“%1”无效：只能是 appeals、reviews 或 merges。</translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; is a list; export it instead.</source>
        <translation>报表“%1”是明细列表，请改为导出。</translation>
    </message>
    <message>
        <source>An unmasked export needs a reason of at least %1 characters.</source>
        <translation>导出未脱敏数据须填写至少 %1 个字的理由。</translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation>请指定要写入的文件。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>已取消导出；未写入任何文件。</translation>
    </message>
    <message>
        <source>There is no list to export.</source>
        <translation>没有可导出的列表。</translation>
    </message>
    <message>
        <source>the whole list</source>
        <translation>整个列表</translation>
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
    <name>desk::ReviewListModel</name>
    <message>
        <source>Waiting</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>This number is already bound to the account %1.</source>
        <translation>该号码已绑定账号 %1。</translation>
    </message>
    <message>
        <source>An image of this request was submitted in another case for a different number.</source>
        <translation>本申请的图片曾在另一案件中以不同的号码提交。</translation>
    </message>
    <message>
        <source>bound to %1</source>
        <translation>已绑定 %1</translation>
    </message>
    <message>
        <source>image reused</source>
        <translation>图片重复使用</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>desk::ReviewQaPage</name>
    <message>
        <source>The share of decisions drawn is a setting for every desk; administrators change it.</source>
        <translation>抽取比例是所有工作台共用的设置，由管理员修改。</translation>
    </message>
    <message>
        <source>Draw samples</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <source>Draws decisions of the period at random until the share is reached (Ctrl+Shift+S)</source>
        <translation>从该期间的审核结果中随机抽取，直至达到抽取比例（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Waiting for a verdict only</source>
        <translation>仅显示待复核的</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Decided from</source>
        <translation>审核日期从</translation>
    </message>
    <message>
        <source>through</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>复核结论</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select a sample to review the decision again.</source>
        <translation>选择一个样本，重新复核该审核结果。</translation>
    </message>
    <message>
        <source>Note (needed when you disagree)</source>
        <translation>备注（不同意时必填）</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>Agreement per reviewer</source>
        <translation>各审核员一致率</translation>
    </message>
    <message>
        <source>Share drawn: %1 %</source>
        <translation>抽取比例：%1 %</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>No decisions were made in this period.</source>
        <translation>该期间没有审核结果。</translation>
    </message>
    <message>
        <source>Drew %1 new samples: %2 of %3 decisions in the period are sampled (%4 %).</source>
        <translation>新抽取 %1 个样本：该期间 %3 个审核结果中已抽取 %2 个（%4 %）。</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%2 于 %3 审核：%1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>复核结论：%1</translation>
    </message>
    <message>
        <source>You made this decision: another supervisor judges it.</source>
        <translation>该审核结果由您作出：须由另一名主管复核。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>核查清单</translation>
    </message>
    <message>
        <source>Declared data</source>
        <translation>填报信息</translation>
    </message>
    <message>
        <source>Verdict on %1 recorded.</source>
        <translation>已记录对 %1 的复核结论。</translation>
    </message>
</context>
<context>
    <name>desk::ReviewQaRepository</name>
    <message>
        <source>There is no decision %1 to sample.</source>
        <translation>没有可抽查的审核结果 %1。</translation>
    </message>
</context>
<context>
    <name>desk::ReviewQaService</name>
    <message>
        <source>Give the first and the last day of the period to sample.</source>
        <translation>请给出抽查期间的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>期间的开始日期（%1）晚于结束日期（%2）。</translation>
    </message>
    <message>
        <source>Sample at most %1 days at a time.</source>
        <translation>每次最多抽查 %1 天。</translation>
    </message>
    <message>
        <source>Another supervisor drew samples at the same moment; draw again.</source>
        <translation>另一名主管同时抽取了样本；请重新抽取。</translation>
    </message>
    <message>
        <source>There is no quality sample %1.</source>
        <translation>没有质检样本 %1。</translation>
    </message>
    <message>
        <source>Say whether you agree or disagree with the decision.</source>
        <translation>请说明您同意还是不同意该审核结果。</translation>
    </message>
    <message>
        <source>Say in the note why you disagree with the decision.</source>
        <translation>请在备注中说明不同意该审核结果的原因。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>You made the decision on %1: another supervisor judges it.</source>
        <translation>%1 的审核结果由您作出：须由另一名主管复核。</translation>
    </message>
    <message>
        <source>The quality sample %1 changed meanwhile; reload it.</source>
        <translation>质检样本 %1 在此期间已发生变化；请重新加载。</translation>
    </message>
    <message>
        <source>The quality sample %1 disappeared.</source>
        <translation>质检样本 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>desk::ReviewQueuePage</name>
    <message>
        <source>Waiting</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Bound to another account only</source>
        <translation>仅显示已绑定其他账号的</translation>
    </message>
    <message>
        <source>Reference or account login (Ctrl+F)</source>
        <translation>申请编号或账号登录名（Ctrl+F）</translation>
    </message>
    <message>
        <source>Next request</source>
        <translation>下一条申请</translation>
    </message>
    <message>
        <source>Claims the most urgent waiting request (Ctrl+N)</source>
        <translation>领取最紧急的待审核申请（Ctrl+N）</translation>
    </message>
    <message>
        <source>Claim selected</source>
        <translation>领取所选</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>No review requests match these filters.</source>
        <translation>没有符合筛选条件的审核申请。</translation>
    </message>
    <message>
        <source>Select a request (Enter) or claim the next one (Ctrl+N).</source>
        <translation>选择一条申请（Enter），或领取下一条（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Explanation for the user (optional)</source>
        <translation>给用户的说明（可选）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <source>You hold %1 until %2.</source>
        <translation>您已领取 %1，有效至 %2。</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>由 %1 领取，有效至 %2</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>核查清单</translation>
    </message>
    <message>
        <source>Declared data</source>
        <translation>填报信息</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <source> – earlier submission</source>
        <translation> – 以前的提交</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>%1 approved: %2 is verified.</source>
        <translation>%1 已通过：%2 已完成实名认证。</translation>
    </message>
    <message>
        <source>%1 rejected; the user is told by SMS.</source>
        <translation>%1 已驳回；已通过短信通知用户。</translation>
    </message>
    <message>
        <source>Signature present</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>The ID copies carry the user&apos;s signature (须签字).</source>
        <translation>证件复印件上有用户本人签字（须签字）。</translation>
    </message>
    <message>
        <source>Seal present</source>
        <translation>已加盖公章</translation>
    </message>
    <message>
        <source>The organization&apos;s documents carry the company seal (加盖公章).</source>
        <translation>单位材料已加盖单位公章（加盖公章）。</translation>
    </message>
    <message>
        <source>Reasons per document</source>
        <translation>各材料的理由</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>（无理由）</translation>
    </message>
    <message>
        <source>What is wrong with it (optional)</source>
        <translation>存在的问题（可选）</translation>
    </message>
    <message>
        <source>Real-name review requests</source>
        <translation>实名审核申请</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计报表</translation>
    </message>
</context>
<context>
    <name>desk::ReviewRepository</name>
    <message>
        <source>No real-name review %1.</source>
        <translation>没有实名审核申请 %1。</translation>
    </message>
    <message>
        <source>The database did not return the new review&apos;s id.</source>
        <translation>数据库未返回新审核申请的编号。</translation>
    </message>
    <message>
        <source>The database did not return the new submission&apos;s id.</source>
        <translation>数据库未返回新提交的编号。</translation>
    </message>
    <message>
        <source>The database did not return the new document&apos;s id.</source>
        <translation>数据库未返回新材料的编号。</translation>
    </message>
    <message>
        <source>The database did not return the new decision&apos;s id.</source>
        <translation>数据库未返回新审核记录的编号。</translation>
    </message>
</context>
<context>
    <name>desk::ReviewService</name>
    <message>
        <source>Document %1 needs a &quot;kind&quot; and a &quot;file&quot;.</source>
        <translation>材料 %1 须包含 &quot;kind&quot; 和 &quot;file&quot;。</translation>
    </message>
    <message>
        <source>%1: the file must lie inside the --files folder.</source>
        <translation>%1：文件必须位于 --files 指定的文件夹内。</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1：无法读取文件（%2）。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; at most 1 MB (%3 bytes) is accepted per file.</source>
        <translation>%1 大小为 %2 字节；每个文件最大 1 MB（%3 字节）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation>%1 超过 %2 MB：请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>The review file is not valid JSON (at byte %1: %2).</source>
        <translation>审核申请文件不是有效的 JSON（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>The review file must hold a JSON array of requests or an object {&quot;requests&quot;: [...]}.</source>
        <translation>审核申请文件须为申请组成的 JSON 数组，或对象 {&quot;requests&quot;: [...]}。</translation>
    </message>
    <message>
        <source>The documents folder %1 does not exist.</source>
        <translation>材料文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation>该条目不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The entry has no &quot;ref&quot; (the public platform&apos;s reference).</source>
        <translation>该条目缺少 &quot;ref&quot;（公共平台上的申诉编号）。</translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;: use submit, resubmit or withdraw.</source>
        <translation>未知事件“%1”：请使用 submit、resubmit 或 withdraw。</translation>
    </message>
    <message>
        <source>No review request with the reference %1 is recorded.</source>
        <translation>没有编号为 %1 的审核申请。</translation>
    </message>
    <message>
        <source>Review %1 is %2 and can no longer be withdrawn.</source>
        <translation>审核申请 %1 的状态为 %2，已不能撤回。</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be person, organization or primary_agent, not &quot;%1&quot;.</source>
        <translation>“type”须为 person、organization 或 primary_agent，而不是“%1”。</translation>
    </message>
    <message>
        <source>The entry has no &quot;fields&quot; object.</source>
        <translation>该条目缺少 &quot;fields&quot; 对象。</translation>
    </message>
    <message>
        <source>&quot;submitted_at&quot; is not an ISO 8601 time: %1</source>
        <translation>&quot;submitted_at&quot; 不是 ISO 8601 格式的时间：%1</translation>
    </message>
    <message>
        <source>&quot;documents&quot; must be an array of {&quot;kind&quot;, &quot;file&quot;}.</source>
        <translation>&quot;documents&quot; 必须是由 {&quot;kind&quot;, &quot;file&quot;} 组成的数组。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of a %2 request (%3).</source>
        <translation>“%1”不是 %2 申请的材料（%3）。</translation>
    </message>
    <message>
        <source>No platform account has the login &quot;%1&quot;.</source>
        <translation>平台上没有登录名为“%1”的账号。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is a %2 account; a %3 request needs a %4 account.</source>
        <translation>账号“%1”是 %2 账号；%3 申请需要 %4 账号。</translation>
    </message>
    <message>
        <source>Review %1 is %2: only a rejected request takes a resubmission.</source>
        <translation>审核申请 %1 的状态为 %2：只有被驳回的申请才能重新提交。</translation>
    </message>
    <message>
        <source>Review %1 changed meanwhile; import it again.</source>
        <translation>审核申请 %1 已被他人修改；请重新导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review state (%2).</source>
        <translation>“%1”不是审核状态（%2）。</translation>
    </message>
    <message>
        <source>No real-name review has the id or reference &quot;%1&quot;.</source>
        <translation>没有编号或申请编号为“%1”的实名审核申请。</translation>
    </message>
    <message>
        <source>No other account is real-name bound to this number.</source>
        <translation>没有其他账号以该号码完成实名绑定。</translation>
    </message>
    <message>
        <source>This number is already bound to the account %1.</source>
        <translation>该号码已绑定账号 %1。</translation>
    </message>
    <message>
        <source>The same image was submitted in %1 for a different ID number or USCC.</source>
        <translation>同一张图片曾在 %1 中以不同的证件号码或统一社会信用代码提交。</translation>
    </message>
    <message>
        <source>A nearly identical image (distance %1) was submitted in %2 for a different ID number or USCC.</source>
        <translation>几乎相同的图片（差异 %1）曾在 %2 中以不同的证件号码或统一社会信用代码提交。</translation>
    </message>
    <message>
        <source>No other case holds these images.</source>
        <translation>其他案件中没有这些图片。</translation>
    </message>
    <message>
        <source>%1 recorded review %2, so another reviewer must handle it.</source>
        <translation>%1 录入了审核申请 %2，须由其他审核员处理。</translation>
    </message>
    <message>
        <source>Review %1 is held by %2 (claim until %3).</source>
        <translation>审核申请 %1 已由 %2 领取（有效至 %3）。</translation>
    </message>
    <message>
        <source>Review %1 is already closed (%2).</source>
        <translation>审核申请 %1 已结束（%2）。</translation>
    </message>
    <message>
        <source>No real-name review is waiting to be claimed.</source>
        <translation>没有待领取的实名审核申请。</translation>
    </message>
    <message>
        <source>Review %1 is not claimed (it is %2).</source>
        <translation>审核申请 %1 未被领取（状态为 %2）。</translation>
    </message>
    <message>
        <source>Review %1 is held by %2: only they or a supervisor may release it.</source>
        <translation>审核申请 %1 由 %2 领取：只有本人或主管可以释放。</translation>
    </message>
    <message>
        <source>Review %1 changed meanwhile; try again.</source>
        <translation>审核申请 %1 已被他人修改；请重试。</translation>
    </message>
    <message>
        <source>%1 recorded review %2, so another reviewer must decide it.</source>
        <translation>%1 录入了审核申请 %2，须由其他审核员审核。</translation>
    </message>
    <message>
        <source>Claim review %1 before deciding it.</source>
        <translation>请先领取审核申请 %1 再审核。</translation>
    </message>
    <message>
        <source>Review %1 is held by %2: only the holder may decide it.</source>
        <translation>审核申请 %1 由 %2 领取：只有领取人可以审核。</translation>
    </message>
    <message>
        <source>Your claim on review %1 expired at %2: claim it again before deciding.</source>
        <translation>您对审核申请 %1 的领取已于 %2 过期：请重新领取后再审核。</translation>
    </message>
    <message>
        <source>Review %1 cannot be approved: this USCC is already real-name bound to the account %2. One USCC is bound to one account only. Next step: the organization recovers the account %2 with a recovery appeal, or a supervisor merges the accounts.</source>
        <translation>审核申请 %1 不能通过：该统一社会信用代码已实名绑定账号 %2。一个统一社会信用代码只能绑定一个账号。下一步：由单位通过申诉找回账号 %2，或由主管合并账号。</translation>
    </message>
    <message>
        <source>Review %1 cannot be approved: this ID number is already real-name bound to the account %2. One ID number is bound to one account only. Next step: the user recovers the account %2 with a recovery appeal, or a supervisor merges the accounts.</source>
        <translation>审核申请 %1 不能通过：该证件号码已实名绑定账号 %2。一个证件号码只能绑定一个账号。下一步：由用户通过申诉找回账号 %2，或由主管合并账号。</translation>
    </message>
    <message>
        <source>Review %1 has no submission.</source>
        <translation>审核申请 %1 没有提交记录。</translation>
    </message>
    <message>
        <source>Review %1 changed meanwhile; reload it.</source>
        <translation>审核申请 %1 已被他人修改；请重新加载。</translation>
    </message>
    <message>
        <source>(another account)</source>
        <translation>（另一个账号）</translation>
    </message>
    <message>
        <source>Give at least one reason code for the rejection.</source>
        <translation>请至少选择一个驳回理由。</translation>
    </message>
    <message>
        <source>The explanation is longer than %1 characters.</source>
        <translation>说明超过 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active rejection reason; choose one of the reason templates.</source>
        <translation>“%1”不是有效的驳回理由；请从理由模板中选择。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of a %2 request.</source>
        <translation>“%1”不是 %2 申请的材料。</translation>
    </message>
    <message>
        <source>Say what is wrong with the document %1.</source>
        <translation>请说明材料 %1 的问题。</translation>
    </message>
    <message>
        <source>The message to the user is longer than %1 characters.</source>
        <translation>发给用户的内容超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Review %1: tick &quot;signature present&quot; once you have seen the signatures, or reject the request with the reason &quot;not signed&quot;.</source>
        <translation>审核申请 %1：确认看到签字后请勾选“已签字”，否则请以“材料未签字”为由驳回申请。</translation>
    </message>
    <message>
        <source>Review %1: tick &quot;seal present&quot; once you have seen the company seal, or reject the request with the reason &quot;no seal&quot;.</source>
        <translation>审核申请 %1：确认看到单位公章后请勾选“已加盖公章”，否则请以“材料未加盖公章”为由驳回申请。</translation>
    </message>
</context>
<context>
    <name>desk::RowSource</name>
    <message>
        <source>starting the export</source>
        <translation>开始导出</translation>
    </message>
    <message>
        <source>reading the rows to export</source>
        <translation>读取要导出的数据行</translation>
    </message>
    <message>
        <source>preparing the export</source>
        <translation>准备导出</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>无法准备语句</translation>
    </message>
    <message>
        <source>Unable to bind the values</source>
        <translation>无法绑定参数值</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>无法读取数据行</translation>
    </message>
</context>
<context>
    <name>desk::SampleDocuments</name>
    <message>
        <source>ID card front</source>
        <translation>身份证正面</translation>
    </message>
    <message>
        <source>ID card back</source>
        <translation>身份证反面</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Authorization letter</source>
        <translation>授权书</translation>
    </message>
    <message>
        <source>Name-change declaration</source>
        <translation>名称变更声明</translation>
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
    <name>desk::SmsOutbox</name>
    <message>
        <source>A text message needs an idempotency key of 1 to 200 characters.</source>
        <translation>短信需要 1 至 200 个字符的幂等键。</translation>
    </message>
    <message>
        <source>Cannot send a text message to %1: not a mainland mobile number.</source>
        <translation>无法向 %1 发送短信：不是中国大陆手机号。</translation>
    </message>
    <message>
        <source>The text message to %1 is empty.</source>
        <translation>发往 %1 的短信内容为空。</translation>
    </message>
    <message>
        <source>The text message to %1 is too long (%2 characters; at most %3).</source>
        <translation>发往 %1 的短信过长（%2 个字符，最多 %3 个）。</translation>
    </message>
    <message>
        <source>The text message to %1 has no preview for staff (pass the text itself when it holds no secret).</source>
        <translation>发往 %1 的短信没有供工作人员查看的预览（不含机密信息时，请直接传入短信内容）。</translation>
    </message>
    <message>
        <source>The time a text message is queued is missing.</source>
        <translation>缺少短信的入队时间。</translation>
    </message>
    <message>
        <source>A text message with the key %1 is already in the outbox.</source>
        <translation>短信发件箱中已有键为 %1 的短信。</translation>
    </message>
    <message>
        <source>There is no text message %1 in the outbox.</source>
        <translation>短信发件箱中没有短信 %1。</translation>
    </message>
    <message>
        <source>Text message %1 carries the password of account %2, not %3.</source>
        <translation>短信 %1 携带的是账号 %2 的密码，而不是 %3 的。</translation>
    </message>
    <message>
        <source>Text message %1 does not carry a new password for account %2 now.</source>
        <translation>短信 %1 目前不携带账号 %2 的新密码。</translation>
    </message>
</context>
<context>
    <name>desk::SmsOutboxPage</name>
    <message>
        <source>All messages</source>
        <translation>全部短信</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Queue a finally failed message again (recorded in the audit log)</source>
        <translation>将最终发送失败的短信重新排队（记入审计日志）</translation>
    </message>
    <message>
        <source>More</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近一次错误</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>入队时间</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>下次尝试时间</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>发送时间</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown</source>
        <translation>
            <numerusform>已显示 %n 条短信</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 is queued again.</source>
        <translation>短信 %1 已重新排队。</translation>
    </message>
</context>
<context>
    <name>desk::SmsOutboxService</name>
    <message>
        <source>&quot;%1&quot; is not a message state.</source>
        <translation>“%1”不是有效的短信状态。</translation>
    </message>
    <message>
        <source>Message %1 is not a failed message; only those can be sent again.</source>
        <translation>短信 %1 不是发送失败的短信；只有发送失败的短信才能重新发送。</translation>
    </message>
</context>
<context>
    <name>desk::SmsSender</name>
    <message>
        <source>Name the SMS gateway&apos;s address (https://...).</source>
        <translation>请指定短信网关地址（https://...）。</translation>
    </message>
    <message>
        <source>The SMS gateway address &quot;%1&quot; is not a valid URL.</source>
        <translation>短信网关地址“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>The SMS gateway address &quot;%1&quot; is not encrypted: text messages carry new passwords and go only over https://.</source>
        <translation>短信网关地址“%1”未加密：短信中含有新密码，只能通过 https:// 发送。</translation>
    </message>
    <message>
        <source>The SMS gateway address &quot;%1&quot; must start with https://.</source>
        <translation>短信网关地址“%1”必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>This build of Qt has no TLS support: cannot reach an https:// gateway.</source>
        <translation>此 Qt 版本不支持 TLS：无法连接 https:// 网关。</translation>
    </message>
    <message>
        <source>The gateway time-out must be between 100 ms and 10 minutes (not %1 ms).</source>
        <translation>网关超时时间须在 100 ms 至 10 分钟之间（当前为 %1 ms）。</translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 100 (not %1).</source>
        <translation>尝试次数须在 1 至 100 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The retry back-off must be at least 1 second and its maximum at least the base.</source>
        <translation>重试退避间隔至少为 1 秒，且最大值不得小于基础值。</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and 1000 (not %1).</source>
        <translation>批次大小须在 1 至 1000 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The gateway did not answer within %1 ms.</source>
        <translation>网关在 %1 ms 内未响应。</translation>
    </message>
    <message>
        <source>Cannot reach the gateway: %1</source>
        <translation>无法连接网关：%1</translation>
    </message>
    <message>
        <source>The gateway answered HTTP %1 %2</source>
        <translation>网关返回 HTTP %1 %2</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts. %2</source>
        <translation>尝试 %1 次后放弃。%2</translation>
    </message>
    <message>
        <source>The database role may not read the outbox: delivering text messages needs a role that is a member of desk_sms_sender. (%1)</source>
        <translation>数据库角色无权读取短信发件箱：发送短信需要属于 desk_sms_sender 的角色。（%1）</translation>
    </message>
    <message>
        <source>Text message %1 has no place for the new password.</source>
        <translation>短信 %1 中没有放置新密码的位置。</translation>
    </message>
    <message>
        <source>Could not issue the new password: %1</source>
        <translation>无法生成新密码：%1</translation>
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
        <source>Could not add %1: %2</source>
        <translation>无法添加 %1：%2</translation>
    </message>
    <message>
        <source>changing whether %1 may sign in</source>
        <translation>更改 %1 能否登录</translation>
    </message>
    <message>
        <source>renaming %1</source>
        <translation>更改 %1 的姓名</translation>
    </message>
    <message>
        <source>setting a new password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>The database refused %1: %2</source>
        <translation>数据库拒绝了“%1”：%2</translation>
    </message>
</context>
<context>
    <name>desk::StaffService</name>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
</context>
<context>
    <name>desk::TableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the spreadsheet library could not start</source>
        <translation>电子表格组件无法启动</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>the spreadsheet library could not add a sheet</source>
        <translation>电子表格组件无法添加工作表</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询语句</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>导出人</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <source>unmasked (audited)</source>
        <translation>未脱敏（记入审计）</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows; narrow the date range or export CSV.</source>
        <translation>一个 XLSX 工作表最多容纳 %1 行；请缩小日期范围或改为导出 CSV。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法创建 PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF</translation>
    </message>
    <message>
        <source>Exported by %1 at %2; personal data %3</source>
        <translation>由 %1 于 %2 导出；个人信息%3</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>No chart: more than %1 rows.</source>
        <translation>未绘制图表：超过 %1 行。</translation>
    </message>
</context>
<context>
    <name>desk::TransferRequestDialog</name>
    <message>
        <source>Request a project transfer</source>
        <translation>申请项目移送</translation>
    </message>
    <message>
        <source>Login of the person who leaves</source>
        <translation>离职人员的登录名</translation>
    </message>
    <message>
        <source>Login of the colleague of the same organization</source>
        <translation>同一单位同事的登录名</translation>
    </message>
    <message>
        <source>Project numbers, separated by commas</source>
        <translation>项目编号，以逗号分隔</translation>
    </message>
    <message>
        <source>The organization&apos;s stamped declaration (PDF, JPEG or PNG)</source>
        <translation>单位加盖公章的声明（PDF、JPEG 或 PNG）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>材料文件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>employee left the organization</source>
        <translation>员工已离职</translation>
    </message>
    <message>
        <source>From</source>
        <translation>移出账号</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收账号</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Request transfer</source>
        <translation>申请移送</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project number.</source>
        <translation>“%1”不是项目编号。</translation>
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
        <source>No legacy account has the login &quot;%1&quot;.</source>
        <translation>没有登录名为“%1”的旧系统账号。</translation>
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
        <translation>%1 行与已存储的内容不同，未导入（见 &quot;conflict_rows&quot;）。</translation>
    </message>
    <message>
        <source>Also try again the legacy accounts recorded as conflicts.</source>
        <translation>同时重试已记录为冲突的旧系统账号。</translation>
    </message>
    <message>
        <source>The organization&apos;s full registered name (current or former).</source>
        <translation>单位注册的完整名称（现名称或原名称）。</translation>
    </message>
    <message>
        <source>Give exactly one of --uscc, --phone, --login or --name.</source>
        <translation>请在 --uscc、--phone、--login 和 --name 中指定且只指定一个。</translation>
    </message>
    <message>
        <source>No legacy organization is known under the name &quot;%1&quot;; ask the caller for the USCC.</source>
        <translation>旧系统中没有名称为“%1”的单位；请向来电人询问统一社会信用代码。</translation>
    </message>
    <message>
        <source>Folder the documents&apos; &quot;file&quot; names are relative to.</source>
        <translation>材料 &quot;file&quot; 路径所相对的文件夹。</translation>
    </message>
    <message>
        <source>Name exactly one JSON file of appeals to import.</source>
        <translation>请指定且只指定一个要导入的申诉 JSON 文件。</translation>
    </message>
    <message>
        <source>--files needs the folder that holds the documents.</source>
        <translation>--files 需要指定存放材料的文件夹。</translation>
    </message>
    <message>
        <source>Entry %1 (%2) not recorded: %3</source>
        <translation>第 %1 条（%2）未登记：%3</translation>
    </message>
    <message>
        <source>Entry %1 (%2): document %3 refused: %4</source>
        <translation>第 %1 条（%2）：材料 %3 被拒收：%4</translation>
    </message>
    <message>
        <source>Unknown appeal command &quot;%1&quot;. Usage: appeal import FILE.json --files DIR</source>
        <translation>未知的 appeal 命令“%1”。用法：appeal import FILE.json --files DIR</translation>
    </message>
    <message>
        <source>Usage: identitydesk-cli sms deliver --gateway https://HOST/PATH [--once] [--interval SECONDS] [--timeout MS]
  Sends the queued text messages to the SMS gateway. --once: one pass, then print the counts as JSON
  {&quot;sent&quot;, &quot;retrying&quot;, &quot;failed&quot;}; otherwise a pass every few seconds until interrupted (Ctrl+C), then
  the totals.</source>
        <translation>用法：identitydesk-cli sms deliver --gateway https://HOST/PATH [--once] [--interval SECONDS] [--timeout MS]
  将排队中的短信发送到短信网关。--once：只发送一轮，然后以 JSON 输出数量
  {&quot;sent&quot;, &quot;retrying&quot;, &quot;failed&quot;}；否则每隔几秒发送一轮，直到被中断（Ctrl+C），然后输出
  合计数量。</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s https:// address.</source>
        <translation>短信网关的 https:// 地址。</translation>
    </message>
    <message>
        <source>One pass, then exit.</source>
        <translation>发送一轮后退出。</translation>
    </message>
    <message>
        <source>Seconds between passes.</source>
        <translation>每轮之间的间隔秒数。</translation>
    </message>
    <message>
        <source>Milliseconds to wait for the gateway.</source>
        <translation>等待网关响应的毫秒数。</translation>
    </message>
    <message>
        <source>Name the SMS gateway with --gateway https://...</source>
        <translation>请用 --gateway https://... 指定短信网关</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds from 1 to 3600.</source>
        <translation>--interval 须为 1 至 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>--timeout takes a number of milliseconds.</source>
        <translation>--timeout 须为毫秒数。</translation>
    </message>
    <message>
        <source>Delivering text messages to %1 every %2 s; Ctrl+C stops.</source>
        <translation>每 %2 秒向 %1 发送一轮短信；按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>sent %1, retrying %2, failed %3</source>
        <translation>已发送 %1，重试中 %2，失败 %3</translation>
    </message>
    <message>
        <source>Unknown sms command &quot;%1&quot;.</source>
        <translation>未知的 sms 命令“%1”。</translation>
    </message>
    <message>
        <source>The sample document pictures cannot be drawn here; the demo appeals are written without documents (marked as needing documents).</source>
        <translation>此处无法绘制示例材料图片；演示申诉将不带材料写入（标记为需补件）。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>A holiday-cn JSON file of one year.</source>
        <translation>一年的 holiday-cn JSON 文件。</translation>
    </message>
    <message>
        <source>Name exactly one holiday-cn JSON file to import.</source>
        <translation>请指定恰好一个要导入的 holiday-cn JSON 文件。</translation>
    </message>
    <message>
        <source>Start, ISO 8601 (e.g. 2026-02-13T10:00:00+08:00; without an offset it is China time).</source>
        <translation>起始时间，ISO 8601 格式（例如 2026-02-13T10:00:00+08:00；不带时区偏移时按北京时间）。</translation>
    </message>
    <message>
        <source>Business days.</source>
        <translation>工作日数。</translation>
    </message>
    <message>
        <source>--from needs a date and time such as 2026-02-13T10:00:00+08:00.</source>
        <translation>--from 需要日期和时间，例如 2026-02-13T10:00:00+08:00。</translation>
    </message>
    <message>
        <source>--days takes a whole number of business days from 0 to 3650.</source>
        <translation>--days 需要 0 到 3650 之间的整数工作日数。</translation>
    </message>
    <message>
        <source>Check as if today were this day (YYYY-MM-DD).</source>
        <translation>假定今天是这一天进行检查（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--today needs a date of the form YYYY-MM-DD.</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Unknown calendar command &quot;%1&quot;: use import, due or status.</source>
        <translation>未知的 calendar 命令“%1”：请使用 import、due 或 status。</translation>
    </message>
    <message>
        <source>staff %1 needs exactly one staff login.</source>
        <translation>staff %1 需要且只需要一个工作人员登录名。</translation>
    </message>
    <message>
        <source>staff rename needs --name.</source>
        <translation>staff rename 需要 --name。</translation>
    </message>
    <message>
        <source>Unknown staff command &quot;%1&quot;: use add, list, disable, enable, rename or password.</source>
        <translation>未知的 staff 命令“%1”：请使用 add、list、disable、enable、rename 或 password。</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint key %1: %2</source>
        <translation>无法读取检查点密钥 %1：%2</translation>
    </message>
    <message>
        <source>The checkpoint key %1 is too short (at least 32 characters).</source>
        <translation>检查点密钥 %1 太短（至少 32 个字符）。</translation>
    </message>
    <message>
        <source>The checkpoint key %1 does not exist: verify with the key that wrote the checkpoint (--key).</source>
        <translation>检查点密钥 %1 不存在：请使用写出该检查点时的密钥校验（--key）。</translation>
    </message>
    <message>
        <source>Cannot create the checkpoint key %1: %2</source>
        <translation>无法创建检查点密钥 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation>无法读取检查点 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an audit checkpoint.</source>
        <translation>%1 不是审计检查点。</translation>
    </message>
    <message>
        <source>The checkpoint %1 is not authentic: it was altered, or written with another key.</source>
        <translation>检查点 %1 未通过认证：它已被改动，或是用其他密钥写出的。</translation>
    </message>
    <message>
        <source>Where to write the checkpoint.</source>
        <translation>检查点的写出位置。</translation>
    </message>
    <message>
        <source>The checkpoint key file.</source>
        <translation>检查点密钥文件。</translation>
    </message>
    <message>
        <source>audit checkpoint needs --out FILE.</source>
        <translation>audit checkpoint 需要 --out FILE。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>A checkpoint written by audit checkpoint.</source>
        <translation>由 audit checkpoint 写出的检查点。</translation>
    </message>
    <message>
        <source>Unknown audit command &quot;%1&quot;: use verify, checkpoint or log.</source>
        <translation>未知的 audit 命令“%1”：请使用 verify、checkpoint 或 log。</translation>
    </message>
    <message>
        <source>--as needs a staff login; the password follows on standard input.</source>
        <translation>--as 需要工作人员登录名；密码从标准输入读取。</translation>
    </message>
    <message>
        <source>--as %1: give the staff member&apos;s password on standard input (one line).</source>
        <translation>--as %1：请在标准输入中给出该工作人员的密码（一行）。</translation>
    </message>
    <message>
        <source>On PostgreSQL the role in the URL signs in: name %1 in the URL (postgresql://%1@host/db) instead of --as.</source>
        <translation>在 PostgreSQL 上以 URL 中的角色登录：请在 URL 中写明 %1（postgresql://%1@host/db），不要使用 --as。</translation>
    </message>
    <message>
        <source>Name exactly one JSON file of review requests to import.</source>
        <translation>请指定且只指定一个要导入的审核申请 JSON 文件。</translation>
    </message>
    <message>
        <source>Only requests in this state.</source>
        <translation>只显示此状态的申请。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>At most N requests (default 500).</source>
        <translation>最多 N 条申请（默认 500）。</translation>
    </message>
    <message>
        <source>	already bound</source>
        <translation>	已绑定其他账号</translation>
    </message>
    <message>
        <source>Claim the most urgent waiting request.</source>
        <translation>领取最紧急的待审核申请。</translation>
    </message>
    <message>
        <source>Name one request (ID or ref), or --next.</source>
        <translation>请指定一条申请（编号或申请编号），或使用 --next。</translation>
    </message>
    <message>
        <source>Name one request: review show ID</source>
        <translation>请指定一条申请：review show ID</translation>
    </message>
    <message>
        <source>Approve: verified_manual, the number bound to the account.</source>
        <translation>通过：状态为 verified_manual，号码绑定到该账号。</translation>
    </message>
    <message>
        <source>Reject with reason template codes.</source>
        <translation>以驳回理由模板代码驳回。</translation>
    </message>
    <message>
        <source>Free text for the user.</source>
        <translation>给用户的说明。</translation>
    </message>
    <message>
        <source>A reason for one document (repeatable).</source>
        <translation>针对某一材料的理由（可重复）。</translation>
    </message>
    <message>
        <source>Usage: review decide ID (--approve | --reject CODE[,CODE] [--text T])</source>
        <translation>用法：review decide ID (--approve | --reject CODE[,CODE] [--text T])</translation>
    </message>
    <message>
        <source>--text and --document-reason go with --reject.</source>
        <translation>--text 和 --document-reason 只能与 --reject 一起使用。</translation>
    </message>
    <message>
        <source>--document-reason takes KIND:CODE, e.g. id_back:not_signed</source>
        <translation>--document-reason 的格式为 KIND:CODE，例如 id_back:not_signed</translation>
    </message>
    <message>
        <source>Unknown review command &quot;%1&quot;. Usage: review import | list | claim | show | decide</source>
        <translation>未知的 review 命令“%1”。用法：review import | list | claim | show | decide</translation>
    </message>
    <message>
        <source>Usage: identitydesk-cli [--db URL] [--as LOGIN] COMMAND [options]

Commands:
  db migrate                 create or upgrade the schema (PostgreSQL: as the database owner)
  db version                 print the schema version of the database and of this program
  db path                    print where the database is (the embedded file by default)
  demo [--persons N] [--organizations M] [--seed S]
                             fill an empty database with synthetic demo data and one staff member per role
  staff add --login L --name NAME --role agent|reviewer|supervisor|administrator [--password-stdin]
  staff list
  staff disable LOGIN | staff enable LOGIN | staff rename LOGIN --name NAME
  staff password LOGIN [--password-stdin]
                             disable (PostgreSQL: no more sign-in, open sessions end), re-enable, rename a
                             staff member, or give them a new password (generated and printed once)
  lookup QUERY [--limit N]   find accounts by login, USCC, ID number, phone or name; prints JSON
  audit verify [--checkpoint FILE] [--key FILE]
                             check the audit log&apos;s hash chain; with a checkpoint also rows cut from the end
  audit checkpoint --out FILE [--key FILE]
                             write the head of the chain (row, hash, time) authenticated with a key kept
                             outside the database (created on first use, see the README)
  audit log [--limit N]      print the newest audit entries as JSON
  migrate --system torch [--dry-run] [--retry-conflicts] [--batch N]
                             migrate the legacy accounts of a system onto the platform; prints counts per
                             case and conflicts as JSON (--dry-run: decide everything, change nothing;
                             --retry-conflicts: also try the accounts recorded as conflicts again)
  migration lookup (--uscc X | --phone X | --login X | --name X)
                             what became of a legacy account and what to tell the caller; prints JSON
  import accounts FILE.csv [--skip-bad BADFILE]
  import legacy --system torch FILE.csv [--skip-bad BADFILE]
                             import platform or legacy accounts from CSV (UTF-8 or GB18030); any bad row
                             stops the import unless --skip-bad writes the bad rows to BADFILE; existing
                             rows are never overwritten; prints counts as JSON
  appeal import FILE.json --files DIR
                             record recovery appeals from the public platform with their documents (format
                             in the README); refused documents leave the appeal needing documents; JSON counts
  review import FILE.json --files DIR
                             record real-name review requests with their documents (format in the README)
  review list [--state S] [--json]
  review claim (ID | --next) claim a request (exit 1: nothing waiting, 3: refused by a rule)
  review show ID             the request (masked), its documents, decisions and checklist as JSON
  review decide ID (--approve | --reject CODE[,CODE] [--text T] [--document-reason KIND:CODE])
                             decide a request you hold (exit 3: refused by a rule, 2: bad input)
  merge candidates [--reason same_id_number|o4_person|same_uscc|former_name] [--limit N] [--json] [--counts]
                             the duplicate finder; --counts: entries per reason
  merge request --source LOGIN --target LOGIN --reason TEXT [--evidence FILE]
  merge rename --source OLD --target RENAMED --reason TEXT [--evidence FILE]
                             request a merge (or an organization&apos;s rename recovery); prints the preview
  merge approve ID | merge reject ID --reason TEXT | merge undo ID | merge show ID | merge list [--state S]
                             a supervisor other than the requester decides; approval executes (exit 3:
                             refused by a rule, 2: bad input, 1: anything else)
  transfer request --from LOGIN --to LOGIN --projects ID[,ID] --evidence FILE --reason TEXT
  transfer approve ID        move a departing member&apos;s projects to a colleague of the same organization
  calendar import FILE.json  replace one year of the holiday calendar with a holiday-cn file; JSON summary
  calendar due --from ISO-TIME --days N
                             the due time after N business days on the database&apos;s calendar (China time)
  calendar status [--today YYYY-MM-DD]
                             the years the calendar covers and whether it covers the next 60 days; JSON
  sms deliver --gateway https://HOST/PATH [--once] [--interval SECONDS] [--timeout MS]
                             send queued text messages to the SMS gateway (HTTPS, idempotency key, retry
                             with back-off); --once: one pass, then print the counts as JSON
  report list [--json]       the reports: name, title, formats
  report run NAME --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --out FILE
             [--queue Q] [--unmasked --reason TEXT]
                             write a report (exit 2: bad input, 3: not permitted); JSON summary

--db defaults to the embedded database in the user&apos;s data folder. On PostgreSQL the role in the URL
signs in with the password from PGPASSWORD or the system keychain. On the embedded database --as LOGIN
acts as that staff member, with the password read from standard input (one line).
</source>
        <translation>用法：identitydesk-cli [--db URL] [--as LOGIN] COMMAND [options]

命令：
  db migrate                 创建或升级数据库结构（PostgreSQL：须以数据库所有者身份运行）
  db version                 显示数据库和本程序的结构版本
  db path                    显示数据库所在位置（默认为内置数据库文件）
  demo [--persons N] [--organizations M] [--seed S]
                             向空数据库写入合成的演示数据，并为每个角色创建一名工作人员
  staff add --login L --name NAME --role agent|reviewer|supervisor|administrator [--password-stdin]
  staff list
  staff disable LOGIN | staff enable LOGIN | staff rename LOGIN --name NAME
  staff password LOGIN [--password-stdin]
                             停用工作人员（PostgreSQL：不能再登录，已打开的会话被结束）、重新启用、
                             更改姓名，或为其设置新密码（自动生成并只显示一次）
  lookup QUERY [--limit N]   按登录名、统一社会信用代码、证件号码、手机号或名称查找账号；输出 JSON
  audit verify [--checkpoint FILE] [--key FILE]
                             校验审计日志的哈希链；指定检查点时，还检查日志末尾是否被截去
  audit checkpoint --out FILE [--key FILE]
                             写出哈希链的末端（行号、哈希、时间），用保存在数据库之外的密钥认证
                             （首次使用时创建，见 README）
  audit log [--limit N]      以 JSON 输出最新的审计记录
  migrate --system torch [--dry-run] [--retry-conflicts] [--batch N]
                             将某个旧系统的账号迁移到平台；以 JSON 输出各情形的数量和冲突
                             （--dry-run：判定所有情形，但不做任何修改；
                             --retry-conflicts：同时重试已记录为冲突的账号）
  migration lookup (--uscc X | --phone X | --login X | --name X)
                             查询旧系统账号的迁移结果及应告知来电人的内容；输出 JSON
  import accounts FILE.csv [--skip-bad BADFILE]
  import legacy --system torch FILE.csv [--skip-bad BADFILE]
                             从 CSV（UTF-8 或 GB18030）导入平台账号或旧系统账号；出现任何错误行
                             都会中止导入，除非用 --skip-bad 把错误行写入 BADFILE；已有的行
                             绝不会被覆盖；以 JSON 输出数量
  appeal import FILE.json --files DIR
                             登记公共平台提交的申诉找回及其材料（格式见 README）；有材料被拒收的
                             申诉标记为需补件；以 JSON 输出数量
  review import FILE.json --files DIR
                             导入实名认证人工审核申请及其材料（格式见 README）
  review list [--state S] [--json]
  review claim (ID | --next) 领取一条申请（退出码 1：没有待审核的申请，3：被规则拒绝）
  review show ID             以 JSON 输出申请（脱敏）、材料、审核记录和核查清单
  review decide ID (--approve | --reject CODE[,CODE] [--text T] [--document-reason KIND:CODE])
                             审核本人领取的申请（退出码 3：被规则拒绝，2：输入有误）
  merge candidates [--reason same_id_number|o4_person|same_uscc|former_name] [--limit N] [--json] [--counts]
                             查找疑似重复账号；--counts：输出每种原因的条数
  merge request --source LOGIN --target LOGIN --reason TEXT [--evidence FILE]
  merge rename --source OLD --target RENAMED --reason TEXT [--evidence FILE]
                             申请账号合并（或单位的更名找回）；输出预览
  merge approve ID | merge reject ID --reason TEXT | merge undo ID | merge show ID | merge list [--state S]
                             由申请人以外的主管审批；批准即执行（退出码 3：被规则拒绝，
                             2：输入有误，1：其他错误）
  transfer request --from LOGIN --to LOGIN --projects ID[,ID] --evidence FILE --reason TEXT
  transfer approve ID        将离职人员的项目移送给同一单位的同事
  calendar import FILE.json  用 holiday-cn 文件替换节假日日历中的一整年；以 JSON 输出摘要
  calendar due --from ISO-TIME --days N
                             按数据库中的日历计算 N 个工作日后的到期时间（北京时间）
  calendar status [--today YYYY-MM-DD]
                             日历覆盖的年份，以及是否覆盖今后 60 天；输出 JSON
  sms deliver --gateway https://HOST/PATH [--once] [--interval SECONDS] [--timeout MS]
                             将排队中的短信发送到短信网关（HTTPS、幂等键、退避重试）；
                             --once：只发送一轮，然后以 JSON 输出数量
  report list [--json]       列出报表：名称、标题、格式
  report run NAME --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --out FILE
             [--queue Q] [--unmasked --reason TEXT]
                             写出报表（退出码 2：输入有误，3：无权操作）；以 JSON 输出摘要

--db 默认为用户数据文件夹中的内置数据库。使用 PostgreSQL 时，地址中的角色使用 PGPASSWORD
或系统钥匙串中的密码登录。在内置数据库上，--as LOGIN 以该工作人员身份操作，密码从标准输入读取（一行）。
</translation>
    </message>
    <message>
        <source>Only this reason: same_id_number, o4_person, same_uscc or former_name.</source>
        <translation>仅限此原因：same_id_number、o4_person、same_uscc 或 former_name。</translation>
    </message>
    <message>
        <source>At most N entries (default 100).</source>
        <translation>最多 N 条（默认 100）。</translation>
    </message>
    <message>
        <source>Print the number of entries per reason instead.</source>
        <translation>改为输出每种原因的条数。</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 1000.</source>
        <translation>--limit 须为 1 至 1000 之间的数字。</translation>
    </message>
    <message>
        <source>--reason must be one of %1.</source>
        <translation>--reason 须为 %1 之一。</translation>
    </message>
    <message>
        <source>The account that is merged and disabled.</source>
        <translation>被合并并停用的账号。</translation>
    </message>
    <message>
        <source>The account that remains.</source>
        <translation>保留的账号。</translation>
    </message>
    <message>
        <source>Why (recorded with the request).</source>
        <translation>原因（随申请一并记录）。</translation>
    </message>
    <message>
        <source>A stamped declaration (PDF, JPEG or PNG).</source>
        <translation>加盖公章的声明（PDF、JPEG 或 PNG）。</translation>
    </message>
    <message>
        <source>Usage: %1 --source LOGIN --target LOGIN --reason TEXT [--evidence FILE]</source>
        <translation>用法：%1 --source LOGIN --target LOGIN --reason TEXT [--evidence FILE]</translation>
    </message>
    <message>
        <source>A note recorded with the approval.</source>
        <translation>随批准一并记录的备注。</translation>
    </message>
    <message>
        <source>Why it is rejected.</source>
        <translation>驳回理由。</translation>
    </message>
    <message>
        <source>Usage: %1 ID</source>
        <translation>用法：%1 ID</translation>
    </message>
    <message>
        <source>Usage: %1 ID --reason TEXT</source>
        <translation>用法：%1 ID --reason TEXT</translation>
    </message>
    <message>
        <source>A rejection needs a reason (--reason TEXT).</source>
        <translation>驳回须填写理由（--reason TEXT）。</translation>
    </message>
    <message>
        <source>Why it is undone.</source>
        <translation>撤销理由。</translation>
    </message>
    <message>
        <source>Usage: merge undo ID [--reason TEXT]</source>
        <translation>用法：merge undo ID [--reason TEXT]</translation>
    </message>
    <message>
        <source>Usage: merge show ID</source>
        <translation>用法：merge show ID</translation>
    </message>
    <message>
        <source>pending, executed, rejected or undone.</source>
        <translation>pending、executed、rejected 或 undone。</translation>
    </message>
    <message>
        <source>The person account that leaves.</source>
        <translation>离职人员的自然人账号。</translation>
    </message>
    <message>
        <source>The colleague&apos;s person account.</source>
        <translation>同事的自然人账号。</translation>
    </message>
    <message>
        <source>The project ids, comma-separated.</source>
        <translation>项目编号，以逗号分隔。</translation>
    </message>
    <message>
        <source>The organization&apos;s stamped declaration.</source>
        <translation>单位加盖公章的声明。</translation>
    </message>
    <message>
        <source>Usage: transfer request --from LOGIN --to LOGIN --projects ID[,ID...] --evidence FILE --reason TEXT</source>
        <translation>用法：transfer request --from LOGIN --to LOGIN --projects ID[,ID...] --evidence FILE --reason TEXT</translation>
    </message>
    <message>
        <source>--projects takes project ids separated by commas; &quot;%1&quot; is not one.</source>
        <translation>--projects 须为以逗号分隔的项目编号；“%1”不是项目编号。</translation>
    </message>
    <message>
        <source>employee left the organization</source>
        <translation>员工已离职</translation>
    </message>
    <message>
        <source>Unknown merge command &quot;%1&quot;. Usage: merge candidates | request | rename | approve | reject | undo | show | list</source>
        <translation>未知的 merge 命令“%1”。用法：merge candidates | request | rename | approve | reject | undo | show | list</translation>
    </message>
    <message>
        <source>Unknown transfer command &quot;%1&quot;. Usage: transfer request | approve | reject</source>
        <translation>未知的 transfer 命令“%1”。用法：transfer request | approve | reject</translation>
    </message>
    <message>
        <source>Usage: identitydesk-cli report list [--json]
       identitydesk-cli report run NAME --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --out FILE
                                    [--queue appeals|reviews|merges] [--unmasked --reason TEXT]
  Runs a report as the signed-in staff member and writes it to FILE (nothing is left there if it fails).
  Prints {&quot;report&quot;, &quot;format&quot;, &quot;rows&quot;, &quot;out&quot;}. Exit codes: 0 done, 2 bad input, 3 not permitted.</source>
        <translation>用法：identitydesk-cli report list [--json]
       identitydesk-cli report run NAME --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --out FILE
                                    [--queue appeals|reviews|merges] [--unmasked --reason TEXT]
  以当前登录的工作人员身份运行报表并写入 FILE（失败时不会留下任何内容）。
  输出 {&quot;report&quot;, &quot;format&quot;, &quot;rows&quot;, &quot;out&quot;}。退出码：0 完成，2 输入有误，3 无权操作。</translation>
    </message>
    <message>
        <source>Unexpected argument.</source>
        <translation>多余的参数。</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>起始日期。</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>结束日期。</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation>csv、xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Only one queue.</source>
        <translation>仅限一个队列。</translation>
    </message>
    <message>
        <source>Personal data in full (supervisors; audited).</source>
        <translation>完整的个人信息（限主管；记入审计）。</translation>
    </message>
    <message>
        <source>Why the export is unmasked.</source>
        <translation>导出未脱敏数据的原因。</translation>
    </message>
    <message>
        <source>Name one report.</source>
        <translation>请指定一个报表。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <source>--from and --to take a day as YYYY-MM-DD.</source>
        <translation>--from 和 --to 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--format is csv, xlsx or pdf.</source>
        <translation>--format 须为 csv、xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>--reason goes with --unmasked.</source>
        <translation>--reason 只能与 --unmasked 一起使用。</translation>
    </message>
    <message>
        <source>--unmasked needs --reason with at least %1 characters.</source>
        <translation>--unmasked 需要 --reason，且理由至少 %1 个字符。</translation>
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
    <message>
        <source>A USCC has 18 characters, not %1.</source>
        <translation>统一社会信用代码为 18 位，而不是 %1 位。</translation>
    </message>
    <message>
        <source>A USCC holds only digits and the upper-case letters A to Y without I, O, S, V and Z.</source>
        <translation>统一社会信用代码只含数字和大写字母 A 至 Y（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>The check character (the last) of the USCC should be %1, not %2: the code was mistyped or is not genuine.</source>
        <translation>统一社会信用代码的校验码（最后一位）应为 %1 而不是 %2：代码输错或不真实。</translation>
    </message>
    <message>
        <source>Character 1 of a USCC is the registration authority (GB 32100: 1 to 9, A, N or Y), not %1.</source>
        <translation>统一社会信用代码第 1 位是登记管理部门代码（GB 32100：1 至 9、A、N 或 Y），不能是 %1。</translation>
    </message>
    <message>
        <source>Character 2 of a USCC is the entity type, and registration authority %1 has only %2 (GB 32100), not %3.</source>
        <translation>统一社会信用代码第 2 位是机构类别代码，登记管理部门 %1 只有 %2（GB 32100），不能是 %3。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a USCC are the administrative division code of the registering office (GB/T 2260) and must be digits, not %1.</source>
        <translation>统一社会信用代码第 3 至 8 位是登记管理机关行政区划码（GB/T 2260），必须是数字，不能是 %1。</translation>
    </message>
    <message>
        <source>Digits 1 and 2 of a resident ID number are a province-level code of GB/T 2260 (11 to 15, 21 to 23, 31 to 37, 41 to 46, 50 to 54, 61 to 65, 71, 81 or 82), not %1.</source>
        <translation>居民身份证号码第 1、2 位是 GB/T 2260 的省级行政区划代码（11 至 15、21 至 23、31 至 37、41 至 46、50 至 54、61 至 65、71、81 或 82），不能是 %1。</translation>
    </message>
    <message>
        <source>Numbers starting 83 are Taiwan residents&apos; residence permits (ID type tw_permit).</source>
        <translation>以 83 开头的号码是台湾居民居住证（证件类型 tw_permit）。</translation>
    </message>
    <message>
        <source>Numbers starting with 9 and a province-level code are foreigners&apos; permanent residence ID cards (ID type other).</source>
        <translation>以 9 加省级行政区划代码开头的号码是外国人永久居留身份证（证件类型 other）。</translation>
    </message>
    <message>
        <source>An 18-digit Hong Kong or Macao permit number is a residence permit and starts 81 (Hong Kong) or 82 (Macao), not %1.</source>
        <translation>18 位的港澳证件号码是港澳居民居住证号码，以 81（香港）或 82（澳门）开头，不能以 %1 开头。</translation>
    </message>
    <message>
        <source>An 18-digit Taiwan permit number is a residence permit and starts 83, not %1.</source>
        <translation>18 位的台湾证件号码是台湾居民居住证号码，以 83 开头，不能以 %1 开头。</translation>
    </message>
    <message>
        <source>A foreigner&apos;s permanent residence ID card number starts with 9 and the province-level code (GB/T 2260) of the office that issued it, not %1.</source>
        <translation>外国人永久居留身份证号码以 9 加受理地省级行政区划代码（GB/T 2260）开头，不能以 %1 开头。</translation>
    </message>
</context>
</TS>
