#include "mirrors/ImportEmailDialog.h"

#include "StatusColours.h"
#include "inventory/NewMirrorEmail.h"
#include "mirrors/ImportPreviewModel.h"
#include "session/FleetSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ImportEmailDialog::ImportEmailDialog(FleetSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_paste(new QPlainTextEdit(this)),
      m_preview(new ImportPreviewModel(this)), m_problems(new QLabel(this)),
      m_partial(new QCheckBox(tr("Import the mirrors that are fine, leave the rest"), this)),
      m_import(new QPushButton(tr("Import"), this))
{
    setWindowTitle(tr("Import new-mirror e-mails"));
    m_paste->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_paste->setPlaceholderText(tr("Paste one or more e-mails here:\n"
                                   "  * clamav.foo.com\n  * ip address: 1.2.3.4\n"
                                   "  * country: Poland\n"
                                   "  * admin: John Doe <john.doe@foo.com> || <alerts@foo.com>"));
    m_paste->setAccessibleName(tr("Pasted e-mail"));
    auto* table = new QTableView(this);
    table->setModel(m_preview);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(tr("Mirrors read from the e-mail"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusColours::markAsProblems(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(m_import, &QPushButton::clicked, this, &ImportEmailDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_paste, &QPlainTextEdit::textChanged, this, &ImportEmailDialog::reread);
    connect(m_partial, &QCheckBox::toggled, this, &ImportEmailDialog::reread);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_paste, 2);
    layout->addWidget(table, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_partial);
    layout->addWidget(buttons);
    resize(860, 560);
    reread();
    m_session.storedInventory().mirrors(this, [this](const QList<MirrorRecord>& mirrors) {
        for (const MirrorRecord& mirror : mirrors)
            m_known.insert(mirror.name);
        reread();
    });
}

void ImportEmailDialog::reread()
{
    const NewMirrorEmail parsed = NewMirrorEmailParser::parse(m_paste->toPlainText().toUtf8());
    QStringList known;
    for (const MirrorRecord& m : parsed.mirrors) {
        if (m_known.contains(m.name))
            known << m.name;
    }
    m_preview->setMirrors(parsed.mirrors, known);
    QStringList lines;
    for (const ParseProblem& problem : parsed.problems)
        lines << problem.describe();
    m_problemCount = int(parsed.problems.size());
    m_problems->setText(lines.join(u'\n'));
    const int fresh = int(m_preview->newMirrors().size());
    m_import->setText(tr("Import %n mirror(s)", nullptr, fresh));
    m_import->setEnabled(fresh > 0 && (m_problemCount == 0 || m_partial->isChecked()));
}

void ImportEmailDialog::import()
{
    if (!m_import->isEnabled())
        return;
    // Until the store answers, a second click would import twice.
    m_import->setEnabled(false);
    m_session.storedInventory().add(m_preview->newMirrors(), tr("a pasted e-mail"), this,
                                    [this](const Result<Done>& added) {
                                        if (added) {
                                            accept();
                                            return;
                                        }
                                        m_problems->setText(added.error());
                                        m_import->setEnabled(true);
                                    });
}
