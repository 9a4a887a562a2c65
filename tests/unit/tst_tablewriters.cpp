// The three export writers, read back by tools that did not write them: the CSV's bytes, the XLSX through unzip,
// the PDF through poppler's pdffonts and pdftotext. And a writer dropped before finish() leaves nothing behind.
#include "ExportReaders.h"
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

QTEST_MAIN(TestTableWriters)
#include "tst_tablewriters.moc"
