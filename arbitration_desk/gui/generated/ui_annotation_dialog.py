# Generated from ui/annotation_dialog.ui by packaging/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'annotation_dialog.ui'
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
    QGroupBox, QLabel, QPlainTextEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AnnotationDialog(object):
    def setupUi(self, AnnotationDialog):
        if not AnnotationDialog.objectName():
            AnnotationDialog.setObjectName(u"AnnotationDialog")
        AnnotationDialog.resize(560, 480)
        self.dialogLayout = QVBoxLayout(AnnotationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.targetLabel = QLabel(AnnotationDialog)
        self.targetLabel.setObjectName(u"targetLabel")
        self.targetLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.targetLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.targetLabel)

        self.sourceHint = QLabel(AnnotationDialog)
        self.sourceHint.setObjectName(u"sourceHint")
        self.sourceHint.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.sourceHint)

        self.sourceText = QPlainTextEdit(AnnotationDialog)
        self.sourceText.setObjectName(u"sourceText")
        self.sourceText.setReadOnly(True)
        self.sourceText.setMaximumHeight(120)

        self.dialogLayout.addWidget(self.sourceText)

        self.quoteLabel = QLabel(AnnotationDialog)
        self.quoteLabel.setObjectName(u"quoteLabel")
        self.quoteLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.quoteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.quoteLabel)

        self.bodyCaption = QLabel(AnnotationDialog)
        self.bodyCaption.setObjectName(u"bodyCaption")

        self.dialogLayout.addWidget(self.bodyCaption)

        self.bodyEdit = QPlainTextEdit(AnnotationDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.bodyEdit)

        self.visibilityBox = QGroupBox(AnnotationDialog)
        self.visibilityBox.setObjectName(u"visibilityBox")
        self.visibilityLayout = QVBoxLayout(self.visibilityBox)
        self.visibilityLayout.setObjectName(u"visibilityLayout")
        self.sharedRadio = QRadioButton(self.visibilityBox)
        self.sharedRadio.setObjectName(u"sharedRadio")
        self.sharedRadio.setChecked(True)

        self.visibilityLayout.addWidget(self.sharedRadio)

        self.privateRadio = QRadioButton(self.visibilityBox)
        self.privateRadio.setObjectName(u"privateRadio")

        self.visibilityLayout.addWidget(self.privateRadio)


        self.dialogLayout.addWidget(self.visibilityBox)

        self.buttonBox = QDialogButtonBox(AnnotationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.bodyCaption.setBuddy(self.bodyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AnnotationDialog)
    # setupUi

    def retranslateUi(self, AnnotationDialog):
        AnnotationDialog.setWindowTitle(QCoreApplication.translate("AnnotationDialog", u"Annotation", None))
#if QT_CONFIG(accessibility)
        AnnotationDialog.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Annotation editor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targetLabel.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"What is annotated", None))
#endif // QT_CONFIG(accessibility)
        self.sourceHint.setText(QCoreApplication.translate("AnnotationDialog", u"Optionally select a passage of the message to quote it:", None))
#if QT_CONFIG(accessibility)
        self.sourceHint.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Quote hint", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceText.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Message text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceText.setAccessibleDescription(QCoreApplication.translate("AnnotationDialog", u"Select a passage to quote it in the annotation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.quoteLabel.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Quoted passage", None))
#endif // QT_CONFIG(accessibility)
        self.bodyCaption.setText(QCoreApplication.translate("AnnotationDialog", u"Annotation", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Annotation text", None))
#endif // QT_CONFIG(accessibility)
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("AnnotationDialog", u"Your remark (plain text)", None))
        self.visibilityBox.setTitle(QCoreApplication.translate("AnnotationDialog", u"Visibility", None))
#if QT_CONFIG(accessibility)
        self.visibilityBox.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Visibility", None))
#endif // QT_CONFIG(accessibility)
        self.sharedRadio.setText(QCoreApplication.translate("AnnotationDialog", u"Shared with the panel (sent at the next sync)", None))
#if QT_CONFIG(accessibility)
        self.sharedRadio.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Shared with the panel", None))
#endif // QT_CONFIG(accessibility)
        self.privateRadio.setText(QCoreApplication.translate("AnnotationDialog", u"Private note (stays on this computer, never sent)", None))
#if QT_CONFIG(accessibility)
        self.privateRadio.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Private note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

