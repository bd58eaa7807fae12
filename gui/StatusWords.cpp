#include "StatusWords.h"

#include <QCoreApplication>

namespace {

struct Word
{
    const char* name;
    const char* shown;
};

// An unknown name is shown as it came: a newer store's word is still a word.
QString lookUp(const QString& name, std::initializer_list<Word> words)
{
    for (const Word& w : words) {
        if (name == QLatin1String(w.name))
            return QCoreApplication::translate("StatusWords", w.shown);
    }
    return name;
}

} // namespace

namespace StatusWords {

QString verdict(const QString& name)
{
    return lookUp(name, {{"fresh", QT_TRANSLATE_NOOP("StatusWords", "fresh")},
                         {"lagging", QT_TRANSLATE_NOOP("StatusWords", "lagging")},
                         {"old", QT_TRANSLATE_NOOP("StatusWords", "old")},
                         {"removed", QT_TRANSLATE_NOOP("StatusWords", "removed")},
                         {"unreachable", QT_TRANSLATE_NOOP("StatusWords", "unreachable")},
                         {"unchecked", QT_TRANSLATE_NOOP("StatusWords", "unchecked")}});
}

QString lockState(const QString& name)
{
    return lookUp(name, {{"absent", QT_TRANSLATE_NOOP("StatusWords", "no lock")},
                         {"held", QT_TRANSLATE_NOOP("StatusWords", "held by a sync")},
                         {"stale", QT_TRANSLATE_NOOP("StatusWords", "stale")},
                         {"unknown", QT_TRANSLATE_NOOP("StatusWords", "unknown")}});
}

QString syncOutcome(const QString& name)
{
    return lookUp(name, {{"success", QT_TRANSLATE_NOOP("StatusWords", "success")},
                         {"failed", QT_TRANSLATE_NOOP("StatusWords", "failed")},
                         {"partial", QT_TRANSLATE_NOOP("StatusWords", "partial")},
                         {"incomplete", QT_TRANSLATE_NOOP("StatusWords", "incomplete")}});
}

QString checkResult(const QString& name)
{
    return lookUp(name, {{"pass", QT_TRANSLATE_NOOP("StatusWords", "pass")},
                         {"fail", QT_TRANSLATE_NOOP("StatusWords", "fail")},
                         {"ok", QT_TRANSLATE_NOOP("StatusWords", "ok")},
                         {"missing", QT_TRANSLATE_NOOP("StatusWords", "missing")},
                         {"blocked", QT_TRANSLATE_NOOP("StatusWords", "blocked")},
                         {"unknown", QT_TRANSLATE_NOOP("StatusWords", "unknown")}});
}

} // namespace StatusWords
