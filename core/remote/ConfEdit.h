#pragma once

#include "parsers/ClientSyncConf.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

// A change to clam-clientsync.conf, worked out before anything is written:
// the new text, what it changes (the password masked), and what would be
// wrong with the result.
struct ConfEdit
{
    QByteArray before;
    QByteArray after;
    QStringList diff;     // "-old" / "+new" lines, RSYNC_PASSWORD values masked
    QStringList problems; // ClientSyncConf::problems() of the result, or why it cannot be parsed
    bool changes() const { return before != after; }

    enum class LineEndings
    {
        AsTheyAre, // new lines end as the file's others do
        Unix       // every line ended by \n alone, as bash needs
    };
    // changes: KEY -> value. Keys outside the five known ones are refused.
    static ConfEdit plan(const QByteArray& current, const QList<QPair<QString, QString>>& changes,
                         LineEndings endings = LineEndings::AsTheyAre);
    // The whole text replaced (the raw editor).
    static ConfEdit replaceText(const QByteArray& current, const QByteArray& text);
    // The raw editor's text as shown, the password masked: a password line
    // still reading the mask keeps the current password. A text editor drops
    // \r: with AsTheyAre each line is given back its ending.
    static ConfEdit replaceMaskedText(const QByteArray& current, const QString& shown,
                                      LineEndings endings = LineEndings::AsTheyAre);
    // The text as the raw editor shows it.
    static QString masked(const QByteArray& text);

    static QString mask(const QString& line);
};
