# Generated from ui/annotations_panel.ui by packaging/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'annotations_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QLabel, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AnnotationsPanel(object):
    def setupUi(self, AnnotationsPanel):
        if not AnnotationsPanel.objectName():
            AnnotationsPanel.setObjectName(u"AnnotationsPanel")
        AnnotationsPanel.resize(380, 600)
        self.panelLayout = QVBoxLayout(AnnotationsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.showCombo = QComboBox(AnnotationsPanel)
        self.showCombo.addItem("")
        self.showCombo.addItem("")
        self.showCombo.addItem("")
        self.showCombo.setObjectName(u"showCombo")

        self.headerLayout.addWidget(self.showCombo)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.addButton = QPushButton(AnnotationsPanel)
        self.addButton.setObjectName(u"addButton")

        self.headerLayout.addWidget(self.addButton)


        self.panelLayout.addLayout(self.headerLayout)

        self.annotationList = QListView(AnnotationsPanel)
        self.annotationList.setObjectName(u"annotationList")
        self.annotationList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.panelLayout.addWidget(self.annotationList)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.jumpButton = QPushButton(AnnotationsPanel)
        self.jumpButton.setObjectName(u"jumpButton")

        self.buttonLayout.addWidget(self.jumpButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.editButton = QPushButton(AnnotationsPanel)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(AnnotationsPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)


        self.panelLayout.addLayout(self.buttonLayout)

        self.statusLabel = QLabel(AnnotationsPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.statusLabel)


        self.retranslateUi(AnnotationsPanel)
    # setupUi

    def retranslateUi(self, AnnotationsPanel):
#if QT_CONFIG(accessibility)
        AnnotationsPanel.setAccessibleName(QCoreApplication.translate("AnnotationsPanel", u"Annotations", None))
#endif // QT_CONFIG(accessibility)
        self.showCombo.setItemText(0, QCoreApplication.translate("AnnotationsPanel", u"All annotations", None))
        self.showCombo.setItemText(1, QCoreApplication.translate("AnnotationsPanel", u"Shared with the panel", None))
        self.showCombo.setItemText(2, QCoreApplication.translate("AnnotationsPanel", u"My private notes", None))

#if QT_CONFIG(accessibility)
        self.showCombo.setAccessibleName(QCoreApplication.translate("AnnotationsPanel", u"Which annotations to show", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("AnnotationsPanel", u"Annotate case\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("AnnotationsPanel", u"Write an annotation or private note on the whole case", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("AnnotationsPanel", u"Annotate the case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.annotationList.setAccessibleName(QCoreApplication.translate("AnnotationsPanel", u"Annotation list", None))
#endif // QT_CONFIG(accessibility)
        self.jumpButton.setText(QCoreApplication.translate("AnnotationsPanel", u"Go to target", None))
#if QT_CONFIG(tooltip)
        self.jumpButton.setToolTip(QCoreApplication.translate("AnnotationsPanel", u"Show the annotated evidence item or chat line (double-click)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.jumpButton.setAccessibleName(QCoreApplication.translate("AnnotationsPanel", u"Go to the annotated item", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("AnnotationsPanel", u"Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("AnnotationsPanel", u"Edit the annotation", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("AnnotationsPanel", u"Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("AnnotationsPanel", u"Delete the annotation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("AnnotationsPanel", u"Annotations status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

