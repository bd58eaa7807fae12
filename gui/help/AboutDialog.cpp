#include "help/AboutDialog.h"

#include "app/ApplicationInfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent), m_libraries(new QLabel(this))
{
    setWindowTitle(tr("About Mirror Console"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto* title = new QLabel(
        tr("<h2>Mirror Console %1</h2>").arg(ApplicationInfo::version().toHtmlEscaped()), this);
    auto* what = new QLabel(tr("Runs a fleet of ClamAV database mirrors over SSH and HTTP: their "
                               "freshness, syncs, locks, disk, bandwidth and firewalls."),
                            this);
    what->setWordWrap(true);
    QStringList lines;
    for (const ApplicationInfo::Library& library : ApplicationInfo::libraries())
        lines << tr("%1 %2").arg(library.name, library.version);
    m_libraries->setText(lines.join(u'\n'));
    m_libraries->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_libraries->setAccessibleName(tr("Library versions"));
    auto* license = new QLabel(tr("Free software under the GNU General Public License, version 3 "
                                  "or later."),
                               this);
    license->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(what);
    layout->addWidget(m_libraries);
    layout->addWidget(license);
    layout->addWidget(buttons);
}
