# Generated from ui/evidence_note_dialog.ui by packaging/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_note_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_EvidenceNoteDialog(object):
    def setupUi(self, EvidenceNoteDialog):
        if not EvidenceNoteDialog.objectName():
            EvidenceNoteDialog.setObjectName(u"EvidenceNoteDialog")
        EvidenceNoteDialog.resize(460, 300)
        self.layout = QVBoxLayout(EvidenceNoteDialog)
        self.layout.setObjectName(u"layout")
        self.targetLabel = QLabel(EvidenceNoteDialog)
        self.targetLabel.setObjectName(u"targetLabel")
        self.targetLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.targetLabel.setWordWrap(True)

        self.layout.addWidget(self.targetLabel)

        self.bodyEdit = QPlainTextEdit(EvidenceNoteDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.bodyEdit)

        self.sharedButton = QRadioButton(EvidenceNoteDialog)
        self.sharedButton.setObjectName(u"sharedButton")
        self.sharedButton.setChecked(True)

        self.layout.addWidget(self.sharedButton)

        self.privateButton = QRadioButton(EvidenceNoteDialog)
        self.privateButton.setObjectName(u"privateButton")

        self.layout.addWidget(self.privateButton)

        self.buttons = QDialogButtonBox(EvidenceNoteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(EvidenceNoteDialog)
    # setupUi

    def retranslateUi(self, EvidenceNoteDialog):
        EvidenceNoteDialog.setWindowTitle(QCoreApplication.translate("EvidenceNoteDialog", u"Annotate evidence", None))
#if QT_CONFIG(accessibility)
        EvidenceNoteDialog.setAccessibleName(QCoreApplication.translate("EvidenceNoteDialog", u"Annotate evidence", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targetLabel.setAccessibleName(QCoreApplication.translate("EvidenceNoteDialog", u"Annotated evidence", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("EvidenceNoteDialog", u"Annotation text", None))
#endif // QT_CONFIG(accessibility)
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("EvidenceNoteDialog", u"What does this region show?", None))
#if QT_CONFIG(accessibility)
        self.sharedButton.setAccessibleName(QCoreApplication.translate("EvidenceNoteDialog", u"Share with the panel", None))
#endif // QT_CONFIG(accessibility)
        self.sharedButton.setText(QCoreApplication.translate("EvidenceNoteDialog", u"&Share with the panel (sent at the next sync)", None))
#if QT_CONFIG(accessibility)
        self.privateButton.setAccessibleName(QCoreApplication.translate("EvidenceNoteDialog", u"Private note", None))
#endif // QT_CONFIG(accessibility)
        self.privateButton.setText(QCoreApplication.translate("EvidenceNoteDialog", u"&Private note (kept on this computer only, never sent)", None))
#if QT_CONFIG(accessibility)
        self.buttons.setAccessibleName(QCoreApplication.translate("EvidenceNoteDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

