#pragma once

#include "api/ApiError.h"
#include "api/JsonCall.h"
#include "api/LinkDraft.h"
#include "model/Link.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class ApiClient;
class CreationCheck;

// Creating a link, one click one POST, and never twice: whenever the server
// may have acted on a POST whose answer did not come back whole (see
// ApiError::mayHaveBeenProcessed), nothing is sent again until the server
// has been asked whether it created the link (CreationCheck). A check that
// cannot reach the server leaves the send unresolved, and the next submit
// checks again before sending.
//
// So that the check can tell a link made by this submission from an
// identical older one without comparing clocks, the newest id of the
// portfolio is learnt before sending: from a one-row list request made
// while the user types (prepare), and from every link created here.
class LinkCreation : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Sending, Checking, Unresolved };
    Q_ENUM(State)

    explicit LinkCreation(ApiClient *api, QObject *parent = nullptr);
    ~LinkCreation() override;

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Sending || m_state == State::Checking; }
    // What was sent last, or is about to be (in aboutToSend()): when the
    // outcome is unknown, the send that is asked about.
    LinkDraft sentDraft() const { return m_sent; }
    std::optional<qint64> unresolvedNewestIdBefore() const { return m_newestIdBeforeSending; }
    std::optional<qint64> newestKnownId(qint64 portfolioId) const;

    // Another server: the ids learnt so far say nothing about it.
    void forgetServer() { m_newestIds.clear(); }
    // Learns the portfolio's newest link id in the background, so that a
    // later check costs the create path no extra round trip.
    void prepare(qint64 portfolioId);
    // A prepare() is waiting for its answer (prepareFinished() follows).
    bool isPreparing() const { return !m_newestIdCall.isNull(); }
    // Picks up a send whose outcome became unknown in an earlier run (the
    // outbox kept it): the next submit() asks the server first.
    void resume(const LinkDraft &sent, std::optional<qint64> newestIdBefore);
    // The outbox took over a send left unresolved: this object forgets it.
    void release();
    // Sends the draft; after an unknown outcome, asks the server about the
    // earlier send first and sends only if it created nothing.
    void submit(const LinkDraft &draft);
    // The user's answer to undecided(): send anyway, or take that link as theirs.
    void createAnyway(const LinkDraft &draft);
    void acceptExisting(const Link &link);
    void cancel();

signals:
    void stateChanged(LinkCreation::State state);
    // A POST is about to be handed to the network, which sends it at once:
    // whatever must be on disk before it may reach the server (the outbox's
    // record that its outcome is unknown) is written in this signal's handlers.
    void aboutToSend(std::optional<qint64> newestIdBefore);
    void prepareFinished();
    void created(const Link &link);
    // The answer to the earlier send was lost, but the server had created
    // the link: it was not sent again.
    void foundAfterUnknownOutcome(const Link &link);
    // Nothing was created: the error is all there is to say.
    void failed(const ApiError &error);
    // The outcome is unknown and the server is being asked.
    void checking(const ApiError &cause);
    // The check found no such link: the form may be sent again.
    void notCreated(const ApiError &cause);
    // The check could not be made: nothing will be sent until it can be.
    void stillUnknown(const ApiError &cause, const ApiError &checkError);
    // Identical links exist and which one, if any, is this submission's cannot be told.
    void undecided(const QList<Link> &identical);

private:
    void send(const LinkDraft &draft);
    void onSendFailed(const ApiError &error, bool requestSent);
    void startCheck(const std::optional<LinkDraft> &sendIfNotCreated);
    void noteNewestId(qint64 portfolioId, qint64 id);
    void setState(State state);

    ApiClient *m_api;
    State m_state = State::Idle;
    QPointer<LinkCall> m_call;
    QPointer<CreationCheck> m_check;
    QPointer<LinkPageCall> m_newestIdCall;
    QHash<qint64, qint64> m_newestIds; // portfolio -> newest link id known
    LinkDraft m_sent;
    std::optional<qint64> m_newestIdBeforeSending;
    ApiError m_cause;
};
