#include "AppInfo.h"
#include "BenchClock.h"
#include "DelayingProxy.h"
#include "FigureTable.h"
#include "ProcessMemory.h"
#include "ReferenceServer.h"
#include "SecretService.h"
#include "Stats.h"
#include "UserFolders.h"
#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "storage/TokenStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

// Start-up of the app beside two anchors built by the same build and
// measured in the same run, in turns: an empty Qt window, and a minimal
// form of five fields with a network manager, each at 640×480 and at the
// app's own window size (a larger window fills and keeps a larger backing
// store). With PORTFOLIO_LINKS_BENCH_BASELINE_APP set to another build of
// the app (a copy saved before a change), that build takes its turns too,
// for before/after figures of the same run. Each program is started,
// timed from outside until its first frame is painted (the benchmark
// probe's "first-frame" line, so loading and linking count), its peak RSS
// at that moment taken (the probe's line before it), and killed; on the X
// display when there is one, and on the offscreen platform. Figures, never
// asserted against a clock; what is asserted is that every start reached
// its first frame. The app's start and the minimal form's at its size are
// also given phase by phase (the probe's "phase" lines): where the app's
// extra milliseconds go.
//
// Then the longest stall of the app's GUI thread in the two seconds after
// its first frame (the benchmark probe's event-loop lateness), with a local
// database that makes opening it real work: a few changes waiting in the
// outbox (for another server, so that none is sent) and a history of some
// hundreds of entries, put back before every start.
//
// Then how long after its start the app's list shows its first rows (the
// probe's "rows-painted" line), straight and with 50 ms added each way; with
// the token from the environment, and from a real keychain (GNOME Keyring on
// a bus of the benchmark's own), the staff's way, read after the first frame.
class BenchStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startUpToFirstFrame_data();
    void startUpToFirstFrame();
    void stallAfterFirstFrame();
    void rowsAfterStart_data();
    void rowsAfterStart();
    void cleanupTestCase();

private:
    struct Program
    {
        QString label;
        QString path;
        QStringList arguments;
        QProcessEnvironment environment;
    };
    struct Start
    {
        double ms = -1;
        qint64 peakRssBytes = -1;
        double processorWaitMs = -1; // the GUI thread's, until the first frame
        // When a line never came: how the program ended and what it said.
        QString problem;
        double settledStallMs = -1;
        double settledStallCpuMs = -1;
        double rowsMs = -1; // from the start until the list's first rows are painted

        // Each phase's duration, in the order of phaseNames; empty when a line was missing.
        QList<double> phaseMs;
    };
    static const QStringList phaseNames;
    // The probe's line a start waits for, after the first frame.
    enum class Until { FirstFrame, Settled, RowsPainted };
    Start startOnce(const Program &program, const QString &platform, Until until = Until::FirstFrame) const;
    QList<Program> appsOnly() const;
    void makeBusyDatabase();
    void putBusyDatabase(const Program &program) const;

    ReferenceServer m_server;
    SecretService m_keychain;
    QTemporaryDir m_homes;
    QTemporaryDir m_runtime{u"/dev/shm/portfolio-links-bench-XXXXXX"_s}; // invalid without /dev/shm
    QTemporaryDir m_seed;
    // The offscreen platform's screen, as large as scripts/bench's Xvfb
    // screen: on its own 800x600 one, the app would open smaller, to fit.
    QString m_offscreenPlatform;
    QList<Program> m_programs;
    int m_runs = 7;
    FigureTable m_figures;
    QProcess m_displayKeeper;
};

void BenchStartup::initTestCase()
{
    keepOutOfUserFolders();
    if (const int runs = qEnvironmentVariableIntValue("PORTFOLIO_LINKS_BENCH_RUNS"); runs > 0)
        m_runs = runs;
    QVERIFY2(m_server.start({u"--gallery"_s, u"30"_s}), qPrintable(m_server.errorString()));
    if (!qEnvironmentVariableIsEmpty("DISPLAY")) {
        QProcessEnvironment keeperEnvironment = QProcessEnvironment::systemEnvironment();
        keeperEnvironment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        m_displayKeeper.setProcessEnvironment(keeperEnvironment);
        m_displayKeeper.start(QStringLiteral(BENCH_DISPLAY_KEEPER), {});
        // One line, written at once.
        QVERIFY2(m_displayKeeper.waitForReadyRead(20000) && m_displayKeeper.readLine() == "connected\n",
                 "the display keeper did not connect to the X display");
    }
    QVERIFY(m_homes.isValid());
    QVERIFY(m_seed.isValid());
    makeBusyDatabase();
    QFile offscreenScreen(m_homes.filePath(u"offscreen.json"_s));
    QVERIFY(offscreenScreen.open(QIODevice::WriteOnly));
    offscreenScreen.write(QJsonDocument(QJsonObject{{u"screens"_s, QJsonArray{QJsonObject{
                                                         {u"name"_s, u"bench"_s},
                                                         {u"x"_s, 0},
                                                         {u"y"_s, 0},
                                                         {u"width"_s, 1280},
                                                         {u"height"_s, 1024},
                                                     }}}})
                              .toJson());
    offscreenScreen.close();
    m_offscreenPlatform = u"offscreen:configfile="_s + offscreenScreen.fileName();
    // The app's window (MainWindow.ui) on the Xvfb screen of scripts/bench.
    const QStringList appSize = {u"--size"_s, u"1280x860"_s};
    struct Listed
    {
        QString label;
        QString path;
        QStringList arguments;
    };
    QList<Listed> programs = {{u"empty window"_s, QStringLiteral(BENCH_EMPTY_WINDOW), {}},
                              {u"minimal form"_s, QStringLiteral(BENCH_MINIMAL_FORM), {}},
                              {u"empty window 1280x860"_s, QStringLiteral(BENCH_EMPTY_WINDOW), appSize},
                              {u"minimal form 1280x860"_s, QStringLiteral(BENCH_MINIMAL_FORM), appSize}};
    if (const QString baseline = qEnvironmentVariable("PORTFOLIO_LINKS_BENCH_BASELINE_APP"); !baseline.isEmpty())
        programs.append({u"Portfolio Links, baseline build"_s, baseline, {}});
    programs.append({u"Portfolio Links"_s, QStringLiteral(BENCH_APP), {}});
    for (const Listed &listed : programs) {
        Program program;
        program.label = listed.label;
        program.path = listed.path;
        program.arguments = listed.arguments;
        program.environment = QProcessEnvironment::systemEnvironment();
        // Each its own settings, cache and data, kept between its runs as a user's are.
        const QString home = m_homes.filePath(QString::number(m_programs.size()));
        QVERIFY(QDir().mkpath(home)); // its standard error goes to a file there
        program.environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        program.environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
        program.environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        // A desktop session's runtime folder is in memory (systemd's
        // /run/user/<uid>); left unset, Qt puts it in /tmp, on disk here,
        // and the single-instance lock file's fdatasync would be timed.
        if (m_runtime.isValid()) {
            const QString runtime = m_runtime.filePath(QString::number(m_programs.size()));
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            program.environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
        }
        program.environment.insert(u"PORTFOLIO_LINKS_PROBE"_s, u"1"_s);
        m_programs.append(program);
    }
    for (Program &app : m_programs) {
        if (!app.label.startsWith(u"Portfolio Links"_s))
            continue;
        app.arguments = {u"--server"_s, m_server.baseUrl().toString(), u"--portfolio"_s, u"1"_s};
        // The token through the environment, as the demo gives it: never on a command line.
        app.environment.insert(u"PORTFOLIO_LINKS_TOKEN"_s, m_server.token(u"staff"_s));
    }
    // After the programs' environments are taken: only the starts that read
    // the token from the keychain are given its bus (rowsAfterStart).
    QVERIFY2(m_keychain.start(), qPrintable(m_keychain.errorString()));
}

void BenchStartup::makeBusyDatabase()
{
    LocalStore store(m_seed.filePath(u"portfolio-links.sqlite"_s));
    QVERIFY(store.open());
    History history(&store);
    Outbox outbox(&store, &history);
    const QUrl elsewhere(u"https://elsewhere.invalid"_s);
    for (int i = 0; i < 400; ++i) {
        HistoryEntry entry;
        entry.profile = Outbox::profileKey(elsewhere);
        entry.server = elsewhere.toString();
        entry.portfolioId = 1;
        entry.linkId = i + 1;
        entry.operation = u"create"_s;
        entry.after = QJsonObject{{u"name"_s, u"پیوند نمونه %1"_s.arg(i)},
                                  {u"url"_s, u"https://example.com/projects/%1"_s.arg(i)},
                                  {u"description"_s, u"شرح کاری که برای این مشتری انجام شد. "_s.repeated(8)}};
        QVERIFY(history.record(entry));
    }
    for (int i = 0; i < 5; ++i) {
        LinkDraft draft;
        draft.portfolioId = 1;
        draft.name = u"در صف %1"_s.arg(i);
        draft.url = u"https://example.com/waiting/%1"_s.arg(i);
        OutboxItem item = OutboxItem::create(Outbox::profileKey(elsewhere), elsewhere, draft);
        item.created = QDateTime::currentDateTimeUtc();
        QVERIFY(outbox.add(item) > 0);
    }
}

void BenchStartup::putBusyDatabase(const Program &program) const
{
    const QString folder = program.environment.value(u"XDG_DATA_HOME"_s) + u'/' + QString(AppInfo::organization) + u'/'
        + QString(AppInfo::executable);
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    QFile::copy(m_seed.filePath(u"portfolio-links.sqlite"_s), folder + u"/portfolio-links.sqlite"_s);
}

namespace {
// The number on the probe's whole line "<name> <number>", or -1 before it is told.
double toldNumber(const QByteArray &said, QStringView name)
{
    const QRegularExpression line(u"^%1 (-?[0-9.]+)\n"_s.arg(QRegularExpression::escape(name)),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch told = line.match(QString::fromLatin1(said));
    return told.hasMatch() ? told.captured(1).toDouble() : -1;
}

// The steady clock the probe's phase lines are read on (CLOCK_MONOTONIC on Linux).
qint64 steadyNowNs()
{
    return std::chrono::nanoseconds(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// The phases between the process's start and its first frame, in ms; empty
// when a probe line is missing (a build without them).
QList<double> phaseDurations(const QByteArray &said, qint64 startedNs, qint64 firstFrameNs)
{
    // Nanoseconds since boot: exact in a double for centuries.
    QList<double> marks = {double(startedNs)};
    for (const QStringView line : {u"phase loaded", u"phase window-built", u"phase paint-started"}) {
        const double told = toldNumber(said, line);
        if (told < 0)
            return {};
        marks.append(told);
    }
    marks.append(double(firstFrameNs));
    QList<double> durations;
    for (qsizetype i = 1; i < marks.size(); ++i)
        durations.append((marks.at(i) - marks.at(i - 1)) / 1e6);
    return durations;
}
} // namespace

const QStringList BenchStartup::phaseNames = {u"loading and linking"_s, u"set-up until the window is built"_s,
                                               u"showing it until its first paint"_s, u"its first paint"_s};

BenchStartup::Start BenchStartup::startOnce(const Program &program, const QString &platform, Until until) const
{
    const bool settled = until == Until::Settled;
    QProcess process;
    QProcessEnvironment environment = program.environment;
    environment.insert(u"QT_QPA_PLATFORM"_s, platform == u"offscreen"_s ? m_offscreenPlatform : platform);
    process.setProcessEnvironment(environment);
    // Kept for the message should a line never come (a full pipe would stall the program).
    const QString errors = QDir::cleanPath(program.environment.value(u"XDG_CONFIG_HOME"_s) + u"/../stderr.txt"_s);
    process.setStandardErrorFile(errors, QIODevice::Truncate);
    Start start;
    const qint64 started = BenchClock::nowNs();
    const qint64 startedSteadyNs = steadyNowNs();
    process.start(program.path, program.arguments);
    QByteArray said;
    while (!said.contains("first-frame\n")) {
        if (!process.waitForReadyRead(20000))
            break;
        said += process.readAllStandardOutput();
    }
    if (said.contains("first-frame\n")) {
        start.ms = BenchClock::msSince(started);
        start.phaseMs = phaseDurations(said, startedSteadyNs, steadyNowNs());
        // The probe's own figure, taken at the first frame; read from here
        // it would include some of the work that follows the first frame.
        const double peakKb = toldNumber(said, u"peak-rss-kb");
        start.peakRssBytes = peakKb >= 0 ? qint64(peakKb) * 1024 : ProcessMemory::peakRssBytes(process.processId());
        start.processorWaitMs = toldNumber(said, u"processor-wait");
    }
    while (settled && start.ms >= 0 && toldNumber(said, u"longest-stall-settled") < 0) {
        if (!process.waitForReadyRead(20000))
            break;
        said += process.readAllStandardOutput();
    }
    start.settledStallMs = toldNumber(said, u"longest-stall-settled");
    start.settledStallCpuMs = toldNumber(said, u"longest-stall-cpu-settled");
    while (until == Until::RowsPainted && start.ms >= 0 && toldNumber(said, u"phase rows-painted") < 0) {
        if (!process.waitForReadyRead(20000))
            break;
        said += process.readAllStandardOutput();
    }
    if (const double rowsNs = toldNumber(said, u"phase rows-painted"); rowsNs >= 0)
        start.rowsMs = (rowsNs - double(startedSteadyNs)) / 1e6;
    if (start.ms < 0 || (settled && start.settledStallMs < 0) || (until == Until::RowsPainted && start.rowsMs < 0)) {
        QString how;
        if (process.state() == QProcess::Running)
            how = u"still running"_s;
        else if (process.error() == QProcess::FailedToStart)
            how = u"not started: "_s + process.errorString();
        else
            how = u"exited (%1, code %2)"_s.arg(process.exitStatus() == QProcess::CrashExit ? u"crashed"_s : u"normally"_s)
                      .arg(process.exitCode());
        QFile stderrFile(errors);
        const QByteArray stderrText = stderrFile.open(QIODevice::ReadOnly) ? stderrFile.readAll().right(1500) : QByteArray();
        start.problem = how + u"; its output: "_s + QString::fromLocal8Bit(said.right(600)) + u"; its errors: "_s
            + QString::fromLocal8Bit(stderrText);
    }
    process.kill();
    process.waitForFinished();
    return start;
}

void BenchStartup::startUpToFirstFrame_data()
{
    QTest::addColumn<QString>("platform");
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        QTest::newRow("X display") << u"xcb"_s;
    QTest::newRow("offscreen") << u"offscreen"_s;
}

void BenchStartup::startUpToFirstFrame()
{
    QFETCH(QString, platform);
    QList<Stats> ms(m_programs.size());
    QList<Stats> rssMiB(m_programs.size());
    QList<Stats> processorWaitMs(m_programs.size());
    // By program, then phase.
    QList<QList<Stats>> phaseMs(m_programs.size(), QList<Stats>(phaseNames.size()));
    const bool withBaseline = m_programs.size() > 5;
    // One start each to warm the disk cache and write first settings, then turns.
    for (int run = -1; run < m_runs; ++run) {
        for (int turn = 0; turn < m_programs.size(); ++turn) {
            // The baseline build and the app change places every other run:
            // the backend still answers the requests of the app started
            // before (killed at its first frame), on the same two cores, and
            // the one that always came second was the slower by up to 1.4×
            // with the same build in both places.
            int i = turn;
            if (withBaseline && run % 2 != 0 && turn >= m_programs.size() - 2)
                i = 2 * m_programs.size() - 3 - turn;
            const Start start = startOnce(m_programs.at(i), platform);
            QVERIFY2(start.ms >= 0, qPrintable(m_programs.at(i).label + u" showed no first frame: "_s + start.problem));
            if (run < 0)
                continue;
            ms[i].values.append(start.ms);
            rssMiB[i].values.append(double(start.peakRssBytes) / (1024.0 * 1024.0));
            if (start.processorWaitMs >= 0)
                processorWaitMs[i].values.append(start.processorWaitMs);
            for (qsizetype phase = 0; phase < start.phaseMs.size(); ++phase)
                phaseMs[i][phase].values.append(start.phaseMs.at(phase));
        }
    }
    const QString on = u" (%1)"_s.arg(platform);
    for (int i = 0; i < m_programs.size(); ++i) {
        m_figures.add(u"start to first frame: "_s + m_programs.at(i).label + on, ms.at(i), u"ms"_s, 1);
        m_figures.add(u"peak RSS at first frame: "_s + m_programs.at(i).label + on, rssMiB.at(i), u"MiB"_s, 1);
        if (!processorWaitMs.at(i).isEmpty())
            m_figures.add(u"  its GUI thread's wait for a processor until then: "_s + m_programs.at(i).label + on,
                          processorWaitMs.at(i), u"ms"_s, 1);
    }
    // Anchors first (0, 1 at 640×480; 2, 3 at the app's size), the app last.
    const double app = ms.last().median();
    const double appRss = rssMiB.last().median();
    for (const auto &[empty, form, size] : {std::tuple(0, 1, u""_s), std::tuple(2, 3, u" 1280x860"_s)}) {
        m_figures.addOne(u"start-up: app / empty window"_s + size + on, app / ms.at(empty).median(), u"ratio"_s, 2);
        m_figures.addOne(u"start-up: app / minimal form"_s + size + on, app / ms.at(form).median(), u"ratio"_s, 2,
                         u"target <= 1.10"_s);
        m_figures.addOne(u"peak RSS: app / empty window"_s + size + on, appRss / rssMiB.at(empty).median(), u"ratio"_s,
                         2, u"target <= 1.50"_s);
    }
    // Phase by phase, the app beside the minimal form at its size (3).
    for (qsizetype phase = 0; phase < phaseNames.size(); ++phase) {
        const Stats &app = phaseMs.last().at(phase);
        const Stats &form = phaseMs.at(3).at(phase);
        if (app.isEmpty() || form.isEmpty())
            continue;
        const QString figure = u"  phase, "_s + phaseNames.at(phase) + u": "_s;
        m_figures.add(figure + m_programs.last().label + on, app, u"ms"_s, 1);
        m_figures.add(figure + m_programs.at(3).label + on, form, u"ms"_s, 1);
        m_figures.addOne(figure + u"app - minimal form 1280x860"_s + on, app.median() - form.median(), u"ms"_s, 1);
    }
    if (withBaseline) {
        const qsizetype baseline = m_programs.size() - 2;
        m_figures.addOne(u"start-up: app / baseline build"_s + on, app / ms.at(baseline).median(), u"ratio"_s, 2);
        m_figures.addOne(u"peak RSS: app / baseline build"_s + on, appRss / rssMiB.at(baseline).median(), u"ratio"_s, 2);
    }
}

void BenchStartup::stallAfterFirstFrame()
{
    const QString platform = qEnvironmentVariableIsEmpty("DISPLAY") ? u"offscreen"_s : u"xcb"_s;
    // The floor: the minimal form at the app's size, repainted once right
    // after its first frame. The app repaints too (a hover, the list's first
    // page), and on X11 a window's first repaint waits until the display
    // server has read the first frame.
    const auto atAppSize = std::find_if(m_programs.cbegin(), m_programs.cend(), [](const Program &program) {
        return program.label == u"minimal form 1280x860"_s;
    });
    QVERIFY(atAppSize != m_programs.cend());
    Program anchor = *atAppSize;
    anchor.label += u", repainted after its first frame"_s;
    anchor.arguments.append(u"--repaint-after-first-frame"_s);
    const QList<Program> programs = QList<Program>{anchor} + appsOnly();
    QList<Stats> stallMs(programs.size());
    QList<Stats> stallCpuMs(programs.size());
    QList<Stats> overAnchor(programs.size());
    for (int run = -1; run < m_runs; ++run) {
        double anchorMs = 0;
        for (qsizetype turn = 0; turn < programs.size(); ++turn) {
            // The anchor first; the baseline build and the app change places every other run, as above.
            const qsizetype p = turn == 0 || run % 2 == 0 ? turn : programs.size() - turn;
            const Program &program = programs.at(p);
            if (p > 0)
                putBusyDatabase(program);
            const Start start = startOnce(program, platform, Until::Settled);
            QVERIFY2(start.settledStallMs >= 0,
                     qPrintable(program.label + u" told no stall after its first frame: "_s + start.problem));
            if (run < 0)
                continue;
            stallMs[p].values.append(start.settledStallMs);
            stallCpuMs[p].values.append(start.settledStallCpuMs);
            if (p == 0)
                anchorMs = start.settledStallMs;
            else if (anchorMs > 0)
                overAnchor[p].values.append(start.settledStallMs / anchorMs);
        }
    }
    const QString on = u" (%1)"_s.arg(platform);
    for (qsizetype p = 0; p < programs.size(); ++p) {
        const QString label = programs.at(p).label + on;
        m_figures.add(u"longest GUI-thread stall, 2 s after the first frame: "_s + label, stallMs.at(p), u"ms"_s, 1,
                      p > 0 ? u"target <= 16"_s : QString());
        m_figures.add(u"  its GUI thread's own CPU time: "_s + label, stallCpuMs.at(p), u"ms"_s, 1);
        if (p > 0)
            m_figures.add(u"  stall / the anchor's, same run: "_s + label, overAnchor.at(p), u"ratio"_s, 2);
    }
}

QList<BenchStartup::Program> BenchStartup::appsOnly() const
{
    QList<Program> apps;
    std::copy_if(m_programs.cbegin(), m_programs.cend(), std::back_inserter(apps),
                 [](const Program &program) { return program.label.startsWith(u"Portfolio Links"_s); });
    return apps;
}

void BenchStartup::rowsAfterStart_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::newRow("straight") << 0;
    QTest::newRow("50 ms each way") << 50;
}

void BenchStartup::rowsAfterStart()
{
    QFETCH(int, delayMs);
    const QString platform = qEnvironmentVariableIsEmpty("DISPLAY") ? u"offscreen"_s : u"xcb"_s;
    DelayingProxy proxy(quint16(m_server.baseUrl().port()), delayMs);
    QVERIFY(proxy.listen());
    const QUrl server = proxy.in(m_server.baseUrl());
    QList<Program> apps = appsOnly();
    for (const Program &app : appsOnly()) {
        Program fromKeychain = app;
        fromKeychain.label += u", token from the keychain"_s;
        fromKeychain.environment.remove(QString::fromLatin1(TokenStore::environmentVariable));
        fromKeychain.environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_keychain.busAddress());
        apps.append(fromKeychain);
    }
    for (Program &app : apps)
        app.arguments = {u"--server"_s, server.toString(), u"--portfolio"_s, u"1"_s};
    TokenStore keychain;
    QSignalSpy written(&keychain, &TokenStore::written);
    keychain.write(server, m_server.token(u"staff"_s));
    QVERIFY(written.wait(20000));
    QList<Stats> rowsMs(apps.size());
    QList<Stats> firstFrameMs(apps.size());
    QList<Stats> rssMiB(apps.size());
    for (int run = -1; run < m_runs; ++run) {
        for (qsizetype turn = 0; turn < apps.size(); ++turn) {
            // The baseline build and the app change places every other run, as above.
            const qsizetype a = run % 2 == 0 ? turn : apps.size() - 1 - turn;
            const Start start = startOnce(apps.at(a), platform, Until::RowsPainted);
            QVERIFY2(start.rowsMs >= 0, qPrintable(apps.at(a).label + u" showed no rows: "_s + start.problem));
            if (run < 0)
                continue;
            rowsMs[a].values.append(start.rowsMs);
            firstFrameMs[a].values.append(start.ms);
            rssMiB[a].values.append(double(start.peakRssBytes) / (1024.0 * 1024.0));
        }
    }
    const QString on = u", %1 ms added each way (%2)"_s.arg(delayMs).arg(platform);
    for (qsizetype a = 0; a < apps.size(); ++a) {
        m_figures.add(u"start to the list's first rows painted: "_s + apps.at(a).label + on, rowsMs.at(a), u"ms"_s, 1);
        m_figures.add(u"  start to the first frame in those starts: "_s + apps.at(a).label + on, firstFrameMs.at(a),
                      u"ms"_s, 1);
        m_figures.add(u"  peak RSS at that first frame: "_s + apps.at(a).label + on, rssMiB.at(a), u"MiB"_s, 1);
    }
}

void BenchStartup::cleanupTestCase()
{
    m_displayKeeper.kill();
    m_displayKeeper.waitForFinished();
    if (m_figures.isEmpty())
        return;
    m_figures.print(m_figures.runHeading(u"BenchStartup"_s,
                                         u"medians of %1 starts after one warm-up, min and max"_s.arg(m_runs)),
                    u"Timed from outside, from starting the process to the probe's line after the first paint of the\n"
                    "window (loading, linking and set-up included); the programs take turns, each with its own\n"
                    "settings kept between its runs. The app is connected to the reference backend with a token from\n"
                    "the environment and opens on a portfolio of 30 links. XDG_RUNTIME_DIR is in /dev/shm, in memory as a\n"
                    "desktop session's is. On the X display, a client that shows nothing stays connected throughout,\n"
                    "as a desktop's do: the X server never resets between two starts.\n"
                    "The anchors run at 640x480 and at the app's window size, 1280x860.\n"
                    "The phases, from the probe's lines: loading and linking (until static initialisation, before\n"
                    "main()), set-up until the window is built (the application object, settings, translations, fonts,\n"
                    "the window's widgets), showing it until its first paint (polish, layout, the event loop's turn to\n"
                    "the expose) and the first paint, until the probe's line after it.\n"
                    "The GUI thread's wait for a processor: its time ready to run but not running (schedstat), from\n"
                    "the process's start to the first frame; the reference backend answering the app's first requests\n"
                    "runs on the same cores.\n"
                    "The stall after the first frame: the event loop's longest lateness (1 ms timer) in the 2 s after it;\n"
                    "for the app with 5 changes waiting in the outbox and 400 history entries in the local database.\n"
                    "Its anchor is the minimal form at 1280x860 repainted once right after its first frame.\n"
                    "The list's first rows: from the start until the list has painted rows of the portfolio's first\n"
                    "page (the probe's line after that paint; thumbnails may come later), through a proxy that adds\n"
                    "the delay to each direction; with the token from the environment, and from a real keychain (GNOME\n"
                    "Keyring's Secret Service on a bus of the benchmark's own), which the app starts reading on its\n"
                    "own thread while its first frame is painted.\n"_s);
}

QTEST_GUILESS_MAIN(BenchStartup)

#include "BenchStartup.moc"
