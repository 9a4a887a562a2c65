// The three export writers, read back by tools that did not write them: the CSV's bytes, the XLSX through unzip,
// the PDF through poppler's pdffonts and pdftotext. And a writer dropped before finish() leaves nothing behind.
#include "ExportReaders.h"
#include "report/CsvRowEncoder.h"
#include "report/RowSource.h"
#include "report/TableWriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace desk;

namespace {

QVector<ExportColumn> columns()
{
    return {ExportColumn{QStringLiteral("ref"), QStringLiteral("编号"), ExportColumn::Kind::Identifier,
                         ExportColumn::Mask::None, 16},
            ExportColumn{QStringLiteral("name"), QStringLiteral("申请人"), ExportColumn::Kind::Text,
                         ExportColumn::Mask::None, 12},
            ExportColumn{QStringLiteral("id_number"), QStringLiteral("证件号码"), ExportColumn::Kind::Identifier,
                         ExportColumn::Mask::IdNumber, 20},
            ExportColumn{QStringLiteral("count"), QStringLiteral("数量"), ExportColumn::Kind::Number,
                         ExportColumn::Mask::None, 8}};
}

ExportMeta meta()
{
    ExportMeta m;
    m.title = QStringLiteral("申诉清单");
    m.reportName = QStringLiteral("appeals");
    m.query = QStringLiteral("SELECT ... FROM appeal");
    m.filters.append({QStringLiteral("Days"), QStringLiteral("2026-12-01 – 2026-12-05")});
    m.exportedBy = QStringLiteral("主管 王芳 (sup01)");
    m.exportedAt = QDateTime(QDate(2026, 12, 6), QTime(1, 2, 3), Qt::UTC);
    return m;
}

ExportRow row(int i)
{
    return {QStringLiteral("0%1").arg(1000 + i), QStringLiteral("张三%1").arg(i),
            QStringLiteral("11010519491231002X"), double(i)};
}

// A row as RowSource's raw mode hands it over: strings as their UTF-8 (a null string as empty), other values
// only through value().
class FakeRawRow final : public RawRow
{
public:
    explicit FakeRawRow(QVariantList cells) : m_cells(std::move(cells))
    {
        for (const QVariant &v : m_cells)
            m_utf8 << (v.typeId() == QMetaType::QString ? v.toString().toUtf8() : QByteArray());
    }
    int columnCount() const override { return int(m_cells.size()); }
    bool text(int column, QByteArrayView *bytes) const override
    {
        if (m_cells[column].typeId() != QMetaType::QString)
            return false;
        *bytes = m_utf8[column];
        return true;
    }
    QVariant value(int column) const override { return m_cells[column]; }

private:
    QVariantList m_cells;
    QList<QByteArray> m_utf8;
};

// What the generic path (shapeCell, then the CSV writer's cells) makes of the same row.
QByteArray genericLine(const QVector<ExportColumn> &columns, bool unmasked, QVariantList cells)
{
    QByteArray out;
    for (int c = 0; c < cells.size(); ++c) {
        if (c > 0)
            out.append(',');
        if (c < columns.size())
            shapeCell(columns[c], unmasked, &cells[c]);
        appendCsvCell(&out, cells[c].toString());
    }
    return out + "\r\n";
}

} // namespace

class TestTableWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvHasBomHeaderAndNeutralisedCells();
    void xlsxKeepsIdentifiersAsTextAndRecordsTheExport();
    void pdfEmbedsTheChineseFontAndRepeatsTheHeader();
    void droppedWriterLeavesNoFile_data();
    void droppedWriterLeavesNoFile();
    void formatNames();
    void csvEncoderWritesWhatTheGenericPathWrites();
};

void TestTableWriters::csvHasBomHeaderAndNeutralisedCells()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    auto w = TableWriter::create(ExportFormat::Csv);
    QVERIFY(w->begin(path, meta(), columns()).ok());
    QVERIFY(w->writeRow({QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+1"), QStringLiteral("-2"),
                         QStringLiteral("@SUM(A1)")})
                .ok());
    QVERIFY(w->writeRow({QStringLiteral("\tTAB"), QStringLiteral("\rCR"), QStringLiteral("a,b"),
                         QStringLiteral("say \"hi\"")})
                .ok());
    QVERIFY(w->writeRow(row(7)).ok());
    QVERIFY(w->finish(3).ok());

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.value(0), QStringLiteral("编号,申请人,证件号码,数量"));
    QCOMPARE(lines.value(1), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1)"));
    QCOMPARE(lines.value(2), QStringLiteral("'\tTAB,\"'\rCR\",\"a,b\",\"say \"\"hi\"\"\""));
    QCOMPARE(lines.value(3), QStringLiteral("01007,张三7,11010519491231002X,7"));
    QCOMPARE(lines.value(4), QString());
    QCOMPARE(lines.size(), 5);
}

void TestTableWriters::xlsxKeepsIdentifiersAsTextAndRecordsTheExport()
{
    if (!test::toolAvailable(QStringLiteral("unzip")))
        QSKIP("unzip is not installed (scripts/setup-deps.sh installs it)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    auto w = TableWriter::create(ExportFormat::Xlsx);
    QVERIFY(w->begin(path, meta(), columns()).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(w->writeRow(row(i)).ok());
    QVERIFY(w->finish(3).ok());

    const auto sheet = test::unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(sheet, "the XLSX has no first sheet");
    const QString xml = QString::fromUtf8(*sheet);
    // Constant-memory mode writes strings inline: the ID number and the ref with a leading zero are text cells.
    QVERIFY(xml.contains(QStringLiteral("<c r=\"C2\" t=\"inlineStr\"><is><t>11010519491231002X</t></is></c>")));
    QVERIFY(xml.contains(QStringLiteral("<c r=\"A2\" t=\"inlineStr\"><is><t>01000</t></is></c>")));
    // The count is a number cell (no type attribute).
    QVERIFY(xml.contains(QStringLiteral("<c r=\"D3\"><v>1</v></c>")));
    // Bold header, frozen first row, an autofilter over the data, column widths.
    QVERIFY(xml.contains(QStringLiteral("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")));
    QVERIFY(xml.contains(QStringLiteral("<autoFilter ref=\"A1:D4\"/>")));
    QVERIFY(xml.contains(QStringLiteral("<col min=\"3\" max=\"3\" width=\"20")));
    QVERIFY(xml.contains(QStringLiteral("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>编号</t></is></c>")));
    const auto styles = test::unzipEntry(path, QStringLiteral("xl/styles.xml"));
    QVERIFY(styles && styles->contains("<b/>"));

    const auto info = test::unzipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY2(info, "the XLSX has no second sheet");
    const QString infoXml = QString::fromUtf8(*info);
    QVERIFY(infoXml.contains(QStringLiteral("SELECT ... FROM appeal")));
    QVERIFY(infoXml.contains(QStringLiteral("主管 王芳 (sup01)")));
    QVERIFY(infoXml.contains(QStringLiteral("2026-12-06 09:02:03")));
    QVERIFY(infoXml.contains(QStringLiteral("2026-12-01 – 2026-12-05")));
    const auto book = test::unzipEntry(path, QStringLiteral("xl/workbook.xml"));
    QVERIFY(book && QString::fromUtf8(*book).contains(QStringLiteral("name=\"申诉清单\"")));
}

void TestTableWriters::pdfEmbedsTheChineseFontAndRepeatsTheHeader()
{
    if (!test::toolAvailable(QStringLiteral("pdffonts")) || !test::toolAvailable(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils is not installed (scripts/setup-deps.sh installs it)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    auto w = TableWriter::create(ExportFormat::Pdf);
    QVERIFY(w->begin(path, meta(), columns()).ok());
    const int rows = 150; // more than one A4 page holds
    for (int i = 0; i < rows; ++i)
        QVERIFY(w->writeRow(row(i)).ok());
    QVERIFY(w->finish(rows).ok());

    const auto fonts = test::runTool(QStringLiteral("pdffonts"), {path});
    QVERIFY(fonts);
    const QStringList fontLines = QString::fromUtf8(*fonts).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!fontLines.isEmpty(), fonts->constData());
    QVERIFY2(fonts->contains("CJK"), fonts->constData()); // the Chinese font itself, not a substitute
    for (const QString &line : fontLines) { // every font embedded: the "emb" column says yes
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(f.size() >= 5 && f.at(f.size() - 5) == QLatin1String("yes"), qPrintable(line));
    }
    const auto text = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(text);
    // Qt's subset maps a CJK glyph shared with a Kangxi radical (人, ⼈) to either code point: compare in NFKC,
    // as a PDF viewer's search does.
    const QString t = QString::fromUtf8(*text).normalized(QString::NormalizationForm_KC);
    QVERIFY2(t.contains(QStringLiteral("申诉清单")), qPrintable(t.left(400)));
    QVERIFY(t.contains(QStringLiteral("张三149")));
    QVERIFY2(t.contains(QStringLiteral("主管 王芳 (sup01)")), qPrintable(t.left(600)));
    const QStringList pages = t.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 2, "150 rows should need more than one page");
    for (int p = 0; p < pages.size(); ++p) {
        QVERIFY2(pages[p].contains(QStringLiteral("证件号码")) && pages[p].contains(QStringLiteral("申请人")), qPrintable(QStringLiteral("no header on page %1").arg(p + 1)));
        QVERIFY2(pages[p].contains(QStringLiteral("Page %1").arg(p + 1)) || pages[p].contains(QStringLiteral("第 %1 页").arg(p + 1)),
                 qPrintable(QStringLiteral("no page number on page %1").arg(p + 1)));
    }
}

void TestTableWriters::droppedWriterLeavesNoFile_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(ExportFormat::Csv);
    QTest::newRow("xlsx") << int(ExportFormat::Xlsx);
    QTest::newRow("pdf") << int(ExportFormat::Pdf);
}

void TestTableWriters::droppedWriterLeavesNoFile()
{
    QFETCH(int, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.out"));
    {
        auto w = TableWriter::create(ExportFormat(format));
        QVERIFY(w->begin(path, meta(), columns()).ok());
        for (int i = 0; i < 500; ++i)
            QVERIFY(w->writeRow(row(i)).ok());
        // no finish(): cancelled
    }
    QVERIFY(!QFile::exists(path));
    QCOMPARE(test::filesIn(dir.path()), QStringList());

    // An existing file of that name survives a cancelled export untouched.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("earlier export");
    old.close();
    {
        auto w = TableWriter::create(ExportFormat(format));
        QVERIFY(w->begin(path, meta(), columns()).ok());
        QVERIFY(w->writeRow(row(1)).ok());
    }
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("earlier export"));
    QCOMPARE(test::filesIn(dir.path()), QStringList{QStringLiteral("cancelled.out")});
}

void TestTableWriters::formatNames()
{
    ExportFormat f = ExportFormat::Csv;
    QVERIFY(exportFormatFromName(QStringLiteral("XLSX"), &f));
    QCOMPARE(f, ExportFormat::Xlsx);
    QVERIFY(!exportFormatFromName(QStringLiteral("xls"), &f));
    QCOMPARE(neutraliseCsvCell(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    QCOMPARE(neutraliseCsvCell(QStringLiteral("张三")), QStringLiteral("张三"));
}

void TestTableWriters::csvEncoderWritesWhatTheGenericPathWrites()
{
    using Kind = ExportColumn::Kind;
    using Mask = ExportColumn::Mask;
    auto col = [](Kind kind, Mask mask) { return ExportColumn{QStringLiteral("k"), QStringLiteral("t"), kind, mask, 10}; };
    const QVector<ExportColumn> columns{col(Kind::Identifier, Mask::None), col(Kind::Text, Mask::None),
                                        col(Kind::Identifier, Mask::IdNumber), col(Kind::Identifier, Mask::Phone),
                                        col(Kind::Text, Mask::Email), col(Kind::Time, Mask::None),
                                        col(Kind::Number, Mask::None), col(Kind::Time, Mask::Phone)};
    const QStringList texts{
        QString(), QStringLiteral(""), QStringLiteral("A1"), QStringLiteral("张三"), QStringLiteral("=1+2"),
        QStringLiteral("+86"), QStringLiteral("-5"), QStringLiteral("@x"), QStringLiteral("\tx"), QStringLiteral("\rx"),
        QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("\"=x\""), QStringLiteral("-a,\"b\""),
        QStringLiteral("line\nbreak"), QStringLiteral("'quoted"), QStringLiteral("11010519491231002X"),
        QStringLiteral("１１０１０５１９４９１２３１００２Ｘ"), QStringLiteral("H1234567"), QStringLiteral("12345"),
        QStringLiteral("13912345678"), QStringLiteral("+8613912345678"), QStringLiteral("z@example.cn"),
        QStringLiteral("ab@c"), QStringLiteral("a@b"), QStringLiteral("@x.cn"), QStringLiteral("x@y@z"),
        QStringLiteral("abcd"), QStringLiteral("ab"), QStringLiteral("张@例子.中国"),
        QStringLiteral("2026-12-01T01:30:00.000Z"), QStringLiteral("2026-12-31T16:00:00.000Z"),
        QStringLiteral("2024-02-28T16:30:00Z"), QStringLiteral("2023-02-28T16:30:00Z"),
        QStringLiteral("2024-02-29T15:59:59.999Z"), QStringLiteral("2025-04-30T17:00:00.000Z"),
        QStringLiteral("9999-12-31T20:00:00.000Z"), QStringLiteral("0000-01-01T00:00:00Z"),
        QStringLiteral("2026-13-01T01:30:00.000Z"), QStringLiteral("2026-02-30T01:30:00.000Z"),
        QStringLiteral("2026-12-01T24:30:00.000Z"), QStringLiteral("2026-12-01T01:60:00.000Z"),
        QStringLiteral("2026-12-01x01:30:00.000Z"), QStringLiteral("2026-12-01T01:30:00.000+"),
        QStringLiteral("2026/12/01T01:30:00.000Z"), QStringLiteral("2026-12-01 09:30"), QStringLiteral("2026-12-01 09:3０"),
        QStringLiteral("2026-12-01T01:30:00+08:00"), QStringLiteral("2026-12-01T01:30:00.000"),
        QStringLiteral("2026-12-01T01:30:00"), QStringLiteral("2026-12-01"), QStringLiteral("12.50"),
        QStringLiteral("😀 emoji"), QString(300, QLatin1Char('x')), QStringLiteral("-") + QString(250, QLatin1Char('9'))};
    QList<QVariantList> rows;
    for (const QString &text : texts)
        rows << QVariantList(columns.size() + 1, text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
    for (const QVariant &other : {QVariant(qlonglong(42)), QVariant(-7), QVariant(3.25), QVariant(qulonglong(7)),
                                  QVariant(QMetaType::fromType<int>()), QVariant(QMetaType::fromType<qlonglong>()),
                                  QVariant(QByteArray("=bytes,\"x\""))})
        rows << QVariantList(columns.size() + 1, other);
    for (const bool unmasked : {false, true}) {
        const CsvRowEncoder encoder(columns, unmasked);
        for (const QVariantList &cells : std::as_const(rows)) {
            QByteArray fast;
            encoder.encode(FakeRawRow(cells), &fast);
            const QByteArray expected = genericLine(columns, unmasked, cells);
            QVERIFY2(fast == expected, QByteArray(fast + " <> " + expected).constData());
        }
    }
}

QTEST_MAIN(TestTableWriters)
#include "tst_tablewriters.moc"
