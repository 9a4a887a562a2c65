#include "demo/DemoVocabulary.h"

#include <initializer_list>

namespace desk::demo {

namespace {

struct RawWord
{
    const char16_t *text;
    const char *latin;
    int weight;
};

struct RawRegion
{
    const char16_t *code;
    const char16_t *city;
    const char16_t *cityShort;
    const char16_t *district;
    const char *cityLatin;
};

QVector<Word> words(std::initializer_list<RawWord> raw)
{
    QVector<Word> out;
    out.reserve(qsizetype(raw.size()));
    for (const RawWord &w : raw)
        out.append(Word{QString::fromUtf16(w.text), QString::fromLatin1(w.latin), w.weight});
    return out;
}

// clang-format off: tables aligned by hand
// Surnames with their approximate share of the population (per 10,000; 2020 census order).
const std::initializer_list<RawWord> kSurnames = {
    {u"王", "wang", 710},   {u"李", "li", 700},        {u"张", "zhang", 660}, {u"刘", "liu", 540},
    {u"陈", "chen", 460},   {u"杨", "yang", 320},      {u"黄", "huang", 240}, {u"赵", "zhao", 220},
    {u"吴", "wu", 200},     {u"周", "zhou", 190},      {u"徐", "xu", 140},    {u"孙", "sun", 140},
    {u"马", "ma", 130},     {u"朱", "zhu", 120},       {u"胡", "hu", 120},    {u"郭", "guo", 110},
    {u"何", "he", 100},     {u"林", "lin", 100},       {u"高", "gao", 100},   {u"罗", "luo", 90},
    {u"郑", "zheng", 90},   {u"梁", "liang", 80},      {u"谢", "xie", 70},    {u"宋", "song", 60},
    {u"唐", "tang", 60},    {u"许", "xu", 60},         {u"韩", "han", 60},    {u"冯", "feng", 60},
    {u"邓", "deng", 60},    {u"曹", "cao", 50},        {u"彭", "peng", 50},   {u"曾", "zeng", 50},
    {u"肖", "xiao", 50},    {u"田", "tian", 50},       {u"董", "dong", 50},   {u"袁", "yuan", 40},
    {u"潘", "pan", 40},     {u"于", "yu", 40},         {u"蒋", "jiang", 40},  {u"蔡", "cai", 40},
    {u"余", "yu", 40},      {u"杜", "du", 40},         {u"叶", "ye", 40},     {u"程", "cheng", 40},
    {u"苏", "su", 30},      {u"魏", "wei", 30},        {u"吕", "lv", 30},     {u"丁", "ding", 30},
    {u"任", "ren", 30},     {u"沈", "shen", 30},       {u"姚", "yao", 30},    {u"卢", "lu", 30},
    {u"姜", "jiang", 30},   {u"崔", "cui", 30},        {u"钟", "zhong", 30},  {u"谭", "tan", 30},
    {u"陆", "lu", 30},      {u"汪", "wang", 30},       {u"范", "fan", 20},    {u"金", "jin", 20},
    {u"石", "shi", 20},     {u"廖", "liao", 20},       {u"贾", "jia", 20},    {u"夏", "xia", 20},
    {u"韦", "wei", 20},     {u"付", "fu", 20},         {u"方", "fang", 20},   {u"白", "bai", 20},
    {u"邹", "zou", 20},     {u"孟", "meng", 20},       {u"熊", "xiong", 20},  {u"秦", "qin", 20},
    {u"邱", "qiu", 20},     {u"江", "jiang", 20},      {u"尹", "yin", 20},    {u"薛", "xue", 20},
    {u"闫", "yan", 20},     {u"段", "duan", 20},       {u"雷", "lei", 20},    {u"侯", "hou", 20},
    {u"龙", "long", 20},    {u"史", "shi", 20},        {u"陶", "tao", 10},    {u"黎", "li", 10},
    {u"贺", "he", 10},      {u"顾", "gu", 10},         {u"毛", "mao", 10},    {u"郝", "hao", 10},
    {u"龚", "gong", 10},    {u"邵", "shao", 10},       {u"万", "wan", 10},    {u"钱", "qian", 10},
    {u"严", "yan", 10},     {u"覃", "qin", 10},        {u"武", "wu", 10},     {u"戴", "dai", 10},
    {u"莫", "mo", 10},      {u"孔", "kong", 10},       {u"向", "xiang", 10},  {u"汤", "tang", 10},
    {u"欧阳", "ouyang", 3}, {u"上官", "shangguan", 1}, {u"司马", "sima", 1},  {u"诸葛", "zhuge", 1},
};

const std::initializer_list<RawWord> kMaleGiven = {
    {u"伟", "wei", 1},  {u"强", "qiang", 1}, {u"磊", "lei", 1},  {u"军", "jun", 1},  {u"勇", "yong", 1},
    {u"杰", "jie", 1},  {u"涛", "tao", 1},   {u"斌", "bin", 1},  {u"超", "chao", 1}, {u"明", "ming", 1},
    {u"刚", "gang", 1}, {u"平", "ping", 1},  {u"辉", "hui", 1},  {u"鹏", "peng", 1}, {u"华", "hua", 1},
    {u"飞", "fei", 1},  {u"鑫", "xin", 1},   {u"波", "bo", 1},   {u"宇", "yu", 1},   {u"浩", "hao", 1},
    {u"凯", "kai", 1},  {u"健", "jian", 1},  {u"俊", "jun", 1},  {u"帆", "fan", 1},  {u"帅", "shuai", 1},
    {u"旭", "xu", 1},   {u"宁", "ning", 1},  {u"龙", "long", 1}, {u"林", "lin", 1},  {u"阳", "yang", 1},
    {u"东", "dong", 1}, {u"亮", "liang", 1}, {u"建", "jian", 1}, {u"国", "guo", 1},  {u"峰", "feng", 1},
    {u"志", "zhi", 1},  {u"成", "cheng", 1}, {u"海", "hai", 1},  {u"博", "bo", 1},   {u"翔", "xiang", 1},
    {u"毅", "yi", 1},   {u"振", "zhen", 1},  {u"晨", "chen", 1}, {u"睿", "rui", 1},  {u"泽", "ze", 1},
    {u"宏", "hong", 1}, {u"锋", "feng", 1},  {u"文", "wen", 1},  {u"武", "wu", 1},   {u"岩", "yan", 1},
    {u"松", "song", 1}, {u"轩", "xuan", 1},  {u"昊", "hao", 1},  {u"立", "li", 1},   {u"新", "xin", 1},
    {u"德", "de", 1},   {u"学", "xue", 1},   {u"永", "yong", 1}, {u"庆", "qing", 1}, {u"兵", "bing", 1},
    {u"春", "chun", 1}, {u"光", "guang", 1}, {u"天", "tian", 1}, {u"子", "zi", 1},   {u"一", "yi", 1},
    {u"嘉", "jia", 1},  {u"铭", "ming", 1},  {u"哲", "zhe", 1},  {u"瑞", "rui", 1},  {u"鸿", "hong", 1},
};

const std::initializer_list<RawWord> kFemaleGiven = {
    {u"芳", "fang", 1}, {u"娜", "na", 1},   {u"敏", "min", 1},  {u"静", "jing", 1}, {u"丽", "li", 1},
    {u"艳", "yan", 1},  {u"娟", "juan", 1}, {u"霞", "xia", 1},  {u"秀", "xiu", 1},  {u"玲", "ling", 1},
    {u"婷", "ting", 1}, {u"雪", "xue", 1},  {u"慧", "hui", 1},  {u"颖", "ying", 1}, {u"琳", "lin", 1},
    {u"晶", "jing", 1}, {u"倩", "qian", 1}, {u"萍", "ping", 1}, {u"燕", "yan", 1},  {u"佳", "jia", 1},
    {u"欣", "xin", 1},  {u"怡", "yi", 1},   {u"悦", "yue", 1},  {u"梅", "mei", 1},  {u"莉", "li", 1},
    {u"兰", "lan", 1},  {u"琴", "qin", 1},  {u"红", "hong", 1}, {u"月", "yue", 1},  {u"楠", "nan", 1},
    {u"丹", "dan", 1},  {u"洁", "jie", 1},  {u"璐", "lu", 1},   {u"蕾", "lei", 1},  {u"晓", "xiao", 1},
    {u"雯", "wen", 1},  {u"薇", "wei", 1},  {u"淑", "shu", 1},  {u"瑶", "yao", 1},  {u"涵", "han", 1},
    {u"萱", "xuan", 1}, {u"诗", "shi", 1},  {u"梦", "meng", 1}, {u"思", "si", 1},   {u"雨", "yu", 1},
    {u"可", "ke", 1},   {u"露", "lu", 1},   {u"青", "qing", 1}, {u"云", "yun", 1},  {u"婉", "wan", 1},
    {u"彤", "tong", 1}, {u"媛", "yuan", 1}, {u"菲", "fei", 1},  {u"琪", "qi", 1},   {u"瑾", "jin", 1},
    {u"珊", "shan", 1}, {u"凤", "feng", 1}, {u"桂", "gui", 1},  {u"英", "ying", 1}, {u"玉", "yu", 1},
    {u"嘉", "jia", 1},  {u"文", "wen", 1},  {u"子", "zi", 1},   {u"一", "yi", 1},   {u"晨", "chen", 1},
};

const std::initializer_list<RawWord> kForeignGiven = {
    {u"约翰", "John", 1},          {u"大卫", "David", 1},    {u"迈克尔", "Michael", 1}, {u"詹姆斯", "James", 1},
    {u"罗伯特", "Robert", 1},      {u"托马斯", "Thomas", 1}, {u"彼得", "Peter", 1},     {u"安娜", "Anna", 1},
    {u"玛丽亚", "Maria", 1},       {u"艾米丽", "Emily", 1},  {u"索菲亚", "Sophia", 1},  {u"汉斯", "Hans", 1},
    {u"亚历山大", "Alexander", 1}, {u"伊万", "Ivan", 1},     {u"路易斯", "Luis", 1},    {u"卡洛斯", "Carlos", 1},
    {u"马克", "Mark", 1},          {u"保罗", "Paul", 1},     {u"丹尼尔", "Daniel", 1},  {u"劳拉", "Laura", 1},
};

const std::initializer_list<RawWord> kForeignFamily = {
    {u"史密斯", "Smith", 1},  {u"约翰逊", "Johnson", 1}, {u"布朗", "Brown", 1},      {u"米勒", "Miller", 1},
    {u"穆勒", "Mueller", 1},  {u"施密特", "Schmidt", 1}, {u"马丁", "Martin", 1},     {u"贝尔纳", "Bernard", 1},
    {u"罗西", "Rossi", 1},    {u"加西亚", "Garcia", 1},  {u"佩雷斯", "Perez", 1},    {u"伊万诺夫", "Ivanov", 1},
    {u"威尔逊", "Wilson", 1}, {u"泰勒", "Taylor", 1},    {u"安德森", "Anderson", 1}, {u"怀特", "White", 1},
};

// Real county-level divisions (GB/T 2260): the first six digits of resident IDs and of USCCs.
const std::initializer_list<RawRegion> kRegions = {
    {u"110101", u"北京市", u"北京", u"东城区", "bj"},
    {u"110102", u"北京市", u"北京", u"西城区", "bj"},
    {u"110105", u"北京市", u"北京", u"朝阳区", "bj"},
    {u"110106", u"北京市", u"北京", u"丰台区", "bj"},
    {u"110108", u"北京市", u"北京", u"海淀区", "bj"},
    {u"110114", u"北京市", u"北京", u"昌平区", "bj"},
    {u"110115", u"北京市", u"北京", u"大兴区", "bj"},
    {u"120101", u"天津市", u"天津", u"和平区", "tj"},
    {u"120104", u"天津市", u"天津", u"南开区", "tj"},
    {u"120116", u"天津市", u"天津", u"滨海新区", "tj"},
    {u"130102", u"石家庄市", u"石家庄", u"长安区", "sjz"},
    {u"140105", u"太原市", u"太原", u"小店区", "ty"},
    {u"150102", u"呼和浩特市", u"呼和浩特", u"新城区", "hhht"},
    {u"210102", u"沈阳市", u"沈阳", u"和平区", "sy"},
    {u"210202", u"大连市", u"大连", u"中山区", "dl"},
    {u"220102", u"长春市", u"长春", u"南关区", "cc"},
    {u"230102", u"哈尔滨市", u"哈尔滨", u"道里区", "hrb"},
    {u"310101", u"上海市", u"上海", u"黄浦区", "sh"},
    {u"310104", u"上海市", u"上海", u"徐汇区", "sh"},
    {u"310105", u"上海市", u"上海", u"长宁区", "sh"},
    {u"310110", u"上海市", u"上海", u"杨浦区", "sh"},
    {u"310112", u"上海市", u"上海", u"闵行区", "sh"},
    {u"310115", u"上海市", u"上海", u"浦东新区", "sh"},
    {u"320102", u"南京市", u"南京", u"玄武区", "nj"},
    {u"320106", u"南京市", u"南京", u"鼓楼区", "nj"},
    {u"320211", u"无锡市", u"无锡", u"滨湖区", "wx"},
    {u"320505", u"苏州市", u"苏州", u"虎丘区", "sz"},
    {u"320506", u"苏州市", u"苏州", u"吴中区", "sz"},
    {u"330106", u"杭州市", u"杭州", u"西湖区", "hz"},
    {u"330108", u"杭州市", u"杭州", u"滨江区", "hz"},
    {u"330212", u"宁波市", u"宁波", u"鄞州区", "nb"},
    {u"340104", u"合肥市", u"合肥", u"蜀山区", "hf"},
    {u"350102", u"福州市", u"福州", u"鼓楼区", "fz"},
    {u"350203", u"厦门市", u"厦门", u"思明区", "xm"},
    {u"360102", u"南昌市", u"南昌", u"东湖区", "nc"},
    {u"370102", u"济南市", u"济南", u"历下区", "jn"},
    {u"370202", u"青岛市", u"青岛", u"市南区", "qd"},
    {u"410102", u"郑州市", u"郑州", u"中原区", "zz"},
    {u"410105", u"郑州市", u"郑州", u"金水区", "zz"},
    {u"410302", u"洛阳市", u"洛阳", u"老城区", "ly"},
    {u"420106", u"武汉市", u"武汉", u"武昌区", "wh"},
    {u"420111", u"武汉市", u"武汉", u"洪山区", "wh"},
    {u"430104", u"长沙市", u"长沙", u"岳麓区", "cs"},
    {u"430105", u"长沙市", u"长沙", u"开福区", "cs"},
    {u"440103", u"广州市", u"广州", u"荔湾区", "gz"},
    {u"440106", u"广州市", u"广州", u"天河区", "gz"},
    {u"440304", u"深圳市", u"深圳", u"福田区", "sz"},
    {u"440305", u"深圳市", u"深圳", u"南山区", "sz"},
    {u"440306", u"深圳市", u"深圳", u"宝安区", "sz"},
    {u"440604", u"佛山市", u"佛山", u"禅城区", "fs"},
    {u"450103", u"南宁市", u"南宁", u"青秀区", "nn"},
    {u"460106", u"海口市", u"海口", u"龙华区", "hk"},
    {u"500103", u"重庆市", u"重庆", u"渝中区", "cq"},
    {u"500108", u"重庆市", u"重庆", u"南岸区", "cq"},
    {u"510104", u"成都市", u"成都", u"锦江区", "cd"},
    {u"510107", u"成都市", u"成都", u"武侯区", "cd"},
    {u"520102", u"贵阳市", u"贵阳", u"南明区", "gy"},
    {u"530102", u"昆明市", u"昆明", u"五华区", "km"},
    {u"610104", u"西安市", u"西安", u"莲湖区", "xa"},
    {u"610113", u"西安市", u"西安", u"雁塔区", "xa"},
    {u"620102", u"兰州市", u"兰州", u"城关区", "lz"},
    {u"630102", u"西宁市", u"西宁", u"城东区", "xn"},
    {u"640104", u"银川市", u"银川", u"兴庆区", "yc"},
    {u"650102", u"乌鲁木齐市", u"乌鲁木齐", u"天山区", "wlmq"},
};

const std::initializer_list<RawWord> kBrandCharacters = {
    {u"华", "h", 1}, {u"信", "x", 1}, {u"中", "z", 1}, {u"科", "k", 1}, {u"博", "b", 1}, {u"瑞", "r", 1},
    {u"恒", "h", 1}, {u"通", "t", 1}, {u"天", "t", 1}, {u"宇", "y", 1}, {u"金", "j", 1}, {u"盛", "s", 1},
    {u"鼎", "d", 1}, {u"泰", "t", 1}, {u"新", "x", 1}, {u"元", "y", 1}, {u"创", "c", 1}, {u"达", "d", 1},
    {u"汇", "h", 1}, {u"智", "z", 1}, {u"安", "a", 1}, {u"康", "k", 1}, {u"德", "d", 1}, {u"昌", "c", 1},
    {u"鑫", "x", 1}, {u"源", "y", 1}, {u"海", "h", 1}, {u"峰", "f", 1}, {u"云", "y", 1}, {u"启", "q", 1},
    {u"明", "m", 1}, {u"远", "y", 1}, {u"正", "z", 1}, {u"兴", "x", 1}, {u"嘉", "j", 1}, {u"禾", "h", 1},
    {u"立", "l", 1}, {u"方", "f", 1}, {u"宏", "h", 1}, {u"图", "t", 1}, {u"凯", "k", 1}, {u"越", "y", 1},
    {u"星", "x", 1}, {u"辰", "c", 1}, {u"东", "d", 1}, {u"光", "g", 1}, {u"合", "h", 1}, {u"力", "l", 1},
    {u"润", "r", 1}, {u"万", "w", 1}, {u"邦", "b", 1}, {u"佳", "j", 1}, {u"航", "h", 1}, {u"晟", "s", 1},
    {u"锐", "r", 1}, {u"睿", "r", 1}, {u"思", "s", 1}, {u"拓", "t", 1}, {u"捷", "j", 1}, {u"迅", "x", 1},
    {u"亿", "y", 1}, {u"腾", "t", 1}, {u"飞", "f", 1}, {u"翔", "x", 1}, {u"奥", "a", 1}, {u"森", "s", 1},
    {u"蓝", "l", 1}, {u"晶", "j", 1}, {u"联", "l", 1}, {u"众", "z", 1}, {u"益", "y", 1}, {u"诚", "c", 1},
    {u"利", "l", 1}, {u"丰", "f", 1}, {u"永", "y", 1}, {u"百", "b", 1}, {u"长", "c", 1}, {u"宝", "b", 1},
    {u"美", "m", 1}, {u"亚", "y", 1},
};

const std::initializer_list<RawWord> kIndustries = {
    {u"科技", "kj", 1},          {u"信息技术", "xxjs", 1}, {u"网络科技", "wlkj", 1}, {u"软件", "rj", 1},
    {u"电子", "dz", 1},          {u"生物科技", "swkj", 1}, {u"生物医药", "swyy", 1}, {u"医疗器械", "ylqx", 1},
    {u"新材料", "xcl", 1},       {u"新能源", "xny", 1},    {u"环保科技", "hbkj", 1}, {u"智能装备", "znzb", 1},
    {u"精密机械", "jmjx", 1},    {u"自动化", "zdh", 1},    {u"光电", "gd", 1},       {u"半导体", "bdt", 1},
    {u"通信技术", "txjs", 1},    {u"数据科技", "sjkj", 1}, {u"人工智能", "rgzn", 1}, {u"检测技术", "jcjs", 1},
    {u"化工", "hg", 1},          {u"农业科技", "nykj", 1}, {u"食品", "sp", 1},       {u"航空科技", "hkkj", 1},
    {u"汽车零部件", "qclbj", 1}, {u"电气", "dq", 1},       {u"仪器仪表", "yqyb", 1}, {u"节能技术", "jnjs", 1},
    {u"文化传媒", "whcm", 1},    {u"教育科技", "jykj", 1},
};

const std::initializer_list<RawWord> kEnterpriseSuffixes = {
    {u"有限公司", "", 14},
    {u"股份有限公司", "", 4},
    {u"有限责任公司", "", 2},
};

const std::initializer_list<RawWord> kSocietyTopics = {
    {u"人工智能", "", 1},       {u"软件行业", "", 1}, {u"科技创新", "", 1}, {u"生物医药", "", 1},
    {u"新材料产业", "", 1},     {u"科普", "", 1},     {u"知识产权", "", 1}, {u"电子商务", "", 1},
    {u"青年科技工作者", "", 1}, {u"技术转移", "", 1}, {u"数字经济", "", 1}, {u"医疗器械行业", "", 1},
    {u"高新技术企业", "", 1},   {u"集成电路", "", 1}, {u"物联网", "", 1},   {u"科技金融", "", 1},
};

const std::initializer_list<RawWord> kSocietyKinds = {
    {u"学会", "", 1}, {u"协会", "", 2}, {u"研究会", "", 1}, {u"促进会", "", 1}, {u"商会", "", 1},
};

const std::initializer_list<RawWord> kPrivateNonEnterpriseKinds = {
    {u"科技研究院", "", 3},       {u"技术研究所", "", 2},   {u"职业培训学校", "", 2},
    {u"社会工作服务中心", "", 1}, {u"科技服务中心", "", 1},
};

const std::initializer_list<RawWord> kInstitutionKinds = {
    {u"研究院", "", 3}, {u"研究所", "", 3}, {u"检测中心", "", 1}, {u"技术中心", "", 1}, {u"工程技术研究中心", "", 1},
};

const std::initializer_list<RawWord> kHospitalKinds = {
    {u"人民医院", "", 3},         {u"中医医院", "", 2}, {u"妇幼保健院", "", 1},
    {u"疾病预防控制中心", "", 1}, {u"肿瘤医院", "", 1},
};

const std::initializer_list<RawWord> kCooperativeKinds = {
    {u"种植专业合作社", "", 3},
    {u"农机专业合作社", "", 1},
    {u"律师事务所", "", 2},
};

const std::initializer_list<RawWord> kGeneticsTopics = {
    {u"肺癌早期筛查多中心队列研究", "", 1}, {u"2型糖尿病遗传易感性研究", "", 1},
    {u"罕见病全外显子组测序研究", "", 1},   {u"创新药III期国际多中心临床试验", "", 1},
    {u"阿尔茨海默病生物标志物研究", "", 1}, {u"乳腺癌靶向药物临床试验", "", 1},
    {u"出生缺陷遗传因素研究", "", 1},       {u"心血管疾病多组学研究", "", 1},
};

const std::initializer_list<RawWord> kExpertPrograms = {
    {u"高端外国专家引进计划", "", 2},
    {u"外国青年人才计划", "", 2},
    {u"一带一路创新人才交流外国专家项目", "", 1},
    {u"外国专家个人类项目", "", 1},
};

const std::initializer_list<RawWord> kPersonEmailDomains = {
    {u"qq.com", "", 6},      {u"163.com", "", 5}, {u"126.com", "", 2},     {u"sina.com", "", 1},
    {u"foxmail.com", "", 1}, {u"139.com", "", 1}, {u"outlook.com", "", 1}, {u"aliyun.com", "", 1},
};

const std::initializer_list<RawWord> kPersonFailureReasons = {
    {u"姓名与身份证号码不一致", "", 4}, {u"身份证件已过期", "", 2},
    {u"人像比对未通过", "", 2},         {u"证件照片不清晰", "", 1},
    {u"上传的证件照片未签字", "", 1},   {u"该证件号码已在其他账号完成实名认证", "", 1},
};

const std::initializer_list<RawWord> kOrganizationFailureReasons = {
    {u"单位名称与统一社会信用代码不一致", "", 3},
    {u"法定代表人信息与登记信息不一致", "", 3},
    {u"营业执照照片不清晰", "", 1},
    {u"材料未加盖单位公章", "", 2},
    {u"该统一社会信用代码已在其他账号完成实名认证", "", 1},
};

const std::initializer_list<RawWord> kDisableReasons = {
    {u"用户申请注销", "", 3},
    {u"冒用他人身份注册", "", 1},
    {u"长期未使用，已停用", "", 2},
    {u"单位已注销", "", 1},
};

// Placeholder password hashes: random salts and digests in the formats the platform and Torch stored.
// They are not the hash of any password; the help desk never verifies account passwords.
const std::initializer_list<const char16_t *> kPlatformHashes = {
    u"$scrypt$ln=15,r=8,p=1$Rs3c/RR0tSD4f3XE5azs1Q$eY9oEubB1lcWVARRFjLegzYwyVvxPLtrDDz47Rn0l6g",
    u"$scrypt$ln=15,r=8,p=1$ujHIvnX0NCfOdDc0BnDecg$0cEsdIDMuUzFdqZm4gS3Ge8ZGr/z6xYU0HJsmF3SXCc",
    u"$scrypt$ln=15,r=8,p=1$6jFDVxUTU0kxM63EOERudg$9jPzvyTtRkqzoPwu1FqQmd2n2BCgk8HLMp9NdA98HO0",
    u"$scrypt$ln=15,r=8,p=1$103QxJR/EdpdPazX7zSjlg$zRXSRSnNDUSq+Ff2mUmtB8g7AwHOoDjKW5AN+PVqVXA",
    u"$scrypt$ln=15,r=8,p=1$U90db0lI5gASDEQcfDUmiQ$jiNe0sVfXqLPC9PC/Gtt6lQbbnS9UsyE1nwxJ5kmf3U",
    u"$scrypt$ln=15,r=8,p=1$SAKtza8liq2RSj6YM7izYQ$lWmR39e7m9e8msrXr/02N5Q9Mp2Ai7A3UkRKTKSbCZU",
    u"$scrypt$ln=15,r=8,p=1$mYh7wcDQMsBrSVI9dvOXeA$KGnzv/wCSg+kR5ua7LrVs1tJq32/0b2Yfx0IaVzmwp8",
    u"$scrypt$ln=15,r=8,p=1$vKI8FoTFSgt3dAZZyBRHLg$OkmhEfAlKj+Qr6QPc7GtTp2L/XMp1So8WJHOzE6eisM",
};

const std::initializer_list<const char16_t *> kLegacyHashes = {
    u"{SSHA}6F1WSar4TS2HY744DEBKbnUSZv/wnz++VoCPxA==", u"{SSHA}AWSDCZ6QcCn0nxiGz2hCpQ4dPkzSw3QKHSWBLg==",
    u"{SSHA}BuI3xPP/fxmbea4BObPXMUzG+QgabwXU2GjYkw==", u"{SSHA}+sLH9M5hTszYssHPVI25AG3JBYMiXlakSLo4Yg==",
    u"{SSHA}XIk0vyMS9+Sw4kxpJXfjgcQ1nytUQiIbo58wRw==", u"{SSHA}QfjAK4ZvQ0jBg7dzzwLJ093BW174xuW/5HkygQ==",
    u"{SSHA}FJKHxI9uKnQmAlHAZ8LltFy0Bb0FGLiy3rsAFA==", u"{SSHA}/tornF5J1r+qVWjpAmpmEdLjQ1nuBL2zLM18PA==",
};

// Mobile network prefixes in use on the mainland.
const char *const kMobilePrefixes[] = {
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "170", "173", "175", "176", "177", "178",
    "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199",
};

// clang-format on

} // namespace

const Vocabulary &Vocabulary::instance()
{
    static const Vocabulary vocabulary;
    return vocabulary;
}

Vocabulary::Vocabulary()
{
    surnames = words(kSurnames);
    int total = 0;
    for (const Word &w : std::as_const(surnames)) {
        total += w.weight;
        surnameCumulative.append(total);
    }
    maleGiven = words(kMaleGiven);
    femaleGiven = words(kFemaleGiven);
    foreignGiven = words(kForeignGiven);
    foreignFamily = words(kForeignFamily);
    for (const RawRegion &r : kRegions)
        regions.append(Region{QString::fromUtf16(r.code), QString::fromUtf16(r.city), QString::fromUtf16(r.cityShort),
                              QString::fromUtf16(r.district), QString::fromLatin1(r.cityLatin)});
    brandCharacters = words(kBrandCharacters);
    industries = words(kIndustries);
    enterpriseSuffixes = words(kEnterpriseSuffixes);
    societyTopics = words(kSocietyTopics);
    societyKinds = words(kSocietyKinds);
    privateNonEnterpriseKinds = words(kPrivateNonEnterpriseKinds);
    institutionKinds = words(kInstitutionKinds);
    hospitalKinds = words(kHospitalKinds);
    cooperativeKinds = words(kCooperativeKinds);
    geneticsTopics = words(kGeneticsTopics);
    expertPrograms = words(kExpertPrograms);
    personEmailDomains = words(kPersonEmailDomains);
    personFailureReasons = words(kPersonFailureReasons);
    organizationFailureReasons = words(kOrganizationFailureReasons);
    disableReasons = words(kDisableReasons);
    for (const char *prefix : kMobilePrefixes)
        mobilePrefixes.append(QString::fromLatin1(prefix));
    for (const char16_t *hash : kPlatformHashes)
        platformPasswordHashes.append(QString::fromUtf16(hash));
    for (const char16_t *hash : kLegacyHashes)
        legacyPasswordHashes.append(QString::fromUtf16(hash));
}

} // namespace desk::demo
