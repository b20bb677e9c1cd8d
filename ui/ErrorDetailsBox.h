#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// The technical side of an error (the server's answer, a certificate's
// subject, issuer, validity and SHA-256 fingerprint), shown on request as
// plain text that can be selected and copied for an administrator.
class ErrorDetailsBox
{
    Q_DECLARE_TR_FUNCTIONS(ErrorDetailsBox)
public:
    static void open(QWidget *parent, const QString &message, const QString &details);
};
