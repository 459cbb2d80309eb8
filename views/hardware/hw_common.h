#pragma once
// Shared pieces of the hardware views: hex formatting, a table (a flat
// QTreeWidget) with header tooltips, and row marking. Every marked row says
// what it is in text as well (a status cell, strike-through for removed
// entries), so nothing relies on colour alone; tests read the mark back from
// kRowStateRole.

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>
#include <cstdint>

#include "core/engine/run.h"
#include "views/common/palette.h"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;
class QWidget;

namespace svmlab::hw {

enum class RowState : int {
  Normal = 0,
  Changed,   // changed by this step
  Added,     // appeared at this step
  Removed,   // removed by this step (still shown, struck through, for this step only)
  Stale,     // a cached entry whose frame is no longer what it was filled for
  Cleared,   // was present earlier in the trace, not present now
  Pending,   // queued, not yet handled
  Fault,     // a fault
  Placeholder,  // "no entries" line
};
inline constexpr int kRowStateRole = 0x0100 + 1;  // Qt::UserRole + 1

QFont mono_font();
QString hex(uint64_t v);              // "0x1a2b"
QString hex_padded(uint64_t v, int digits);  // "0x0000001a2b"
QString bit(bool b);                  // "1" / "0"
QString sid_text(uint16_t sid);       // "00:04.0"
QString qs(std::string_view s);
QString perms_text(uint8_t perms);    // "RW-U" from svm::perm bits
QString page_size_text(int level);    // "4K", "2M", "1G"
QString va_split(uint64_t va);        // "PML4[0] PDPT[0] PD[3] PT[1] +0x0"
// A context entry's low word, decoded by the IOMMU's mode (the bits differ):
// P, PASIDE, PRE, and DTE in scalable mode.
struct ContextBits {
  bool p = false, dte = false, paside = false, pre = false;
};
ContextBits context_bits(svm::IommuMode mode, uint64_t lo);
QString context_bits_text(svm::IommuMode mode, uint64_t lo);  // "P=1 PASIDE=1 PRE=1" (+ DTE in scalable mode)

// The name of the device with this source id in the trace's scenario, or "".
QString device_name(const svm::Trace& t, uint16_t sid);
QString thread_name(const svm::Trace& t, int thread);
// "step 42 (app: intel_mm_release)" for the step that led to state `state`.
QString step_ref(const svm::Trace& t, int state);

// A flat, sortless table: a QTreeWidget without root decoration, one header
// tooltip per column, monospace cells for the columns in `mono`.
QTreeWidget* make_table(QWidget* parent, const QStringList& headers, const QStringList& tooltips);
// Bold section heading with a tooltip.
QLabel* make_heading(QWidget* parent, const QString& text, const QString& tooltip);

// Mark a row: background for the state, strike-through for Removed, muted
// text for Cleared, the state stored in kRowStateRole of column 0.
void mark_row(QTreeWidgetItem* it, RowState s, const Palette& pal);
RowState row_state(const QTreeWidgetItem* it);
// One muted italic line spanning the table ("no entries").
void add_placeholder(QTreeWidget* t, const QString& text);
// Size columns to their contents, the last one stretching.
void fit_columns(QTreeWidget* t);
// Make a table exactly as tall as its rows (at least one, at most maxRows;
// beyond that it scrolls), so a short table does not look empty.
void fit_height(QTreeWidget* t, int maxRows);
// A vertical scrolling column for views made of several tables: add the
// sections to the returned layout; a stretch at the end keeps them on top.
QVBoxLayout* make_scroll_column(QWidget* parent, QVBoxLayout* outer);

}  // namespace svmlab::hw
