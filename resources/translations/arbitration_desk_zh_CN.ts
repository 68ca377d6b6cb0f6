<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AbuseSignals</name>
        <message>
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>  • {reason}</source>
            <translation>  • {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n小时</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>A prompt to weigh the evidence, not a finding.</source>
            <translation>此提示仅供权衡证据参考，并非认定结论。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>Possible serial complainant</source>
            <translation>疑似惯性投诉者</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>Possible serial complainant (buyer):</source>
            <translation>疑似惯性投诉者（买家）：</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>Possible stalling</source>
            <translation>疑似拖延</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>Possible stalling (seller):</source>
            <translation>疑似拖延（卖家）：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>asked for %n deadline extension(s) here</source>
            <translation>
                <numerusform>在本案中申请延长截止时间%n次</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>did not respond to the claim here in the {time} before escalation, limit {limit}</source>
            <translation>在本案提交仲裁前的{time}内未回复索赔，时限为{limit}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>missed %n dispute deadline(s) in 12 months</source>
            <translation>
                <numerusform>近12个月错过争议处理截止时间%n次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>missed {late} dispute deadlines in 12 months, with %n dispute(s) against it</source>
            <translation>
                <numerusform>近12个月错过争议处理截止时间{late}次，同期被诉争议%n起</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>opened %n dispute(s) in 12 months, lost {lost} rulings</source>
            <translation>
                <numerusform>近12个月发起争议%n起，败诉裁决{lost}项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>opened %n dispute(s) in 12 months, lost {lost} rulings and won {won}</source>
            <translation>
                <numerusform>近12个月发起争议%n起，败诉裁决{lost}项、胜诉裁决{won}项</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>took {time} to respond to the claim here, limit {limit}</source>
            <translation>在本案中用了{time}才回复索赔，时限为{limit}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>{days} {hours}</source>
            <translation>{days}{hours}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>{headline} {caveat}</source>
            <translation>{headline}{caveat}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>{reasons}; {reason}</source>
            <translation>{reasons}；{reason}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/abuse_signals.py" />
            <source>{signal} — {reasons}.</source>
            <translation>{signal}——{reasons}。</translation>
        </message>
    </context>
    <context>
        <name>AnnotationDialog</name>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Annotation</source>
            <translation>批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Annotation editor</source>
            <translation>批注编辑器</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Annotation text</source>
            <translation>批注内容</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Dialog buttons</source>
            <translation>对话框按钮</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/dialog.py" />
            <source>Edit annotation</source>
            <translation>编辑批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Message text</source>
            <translation>消息文本</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/dialog.py" />
            <source>New annotation</source>
            <translation>新建批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/dialog.py" />
            <source>No passage quoted: the whole message.</source>
            <translation>未引用片段：针对整条消息。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Optionally select a passage of the message to quote it:</source>
            <translation>可选：选中消息中的一段文字加以引用：</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Private note</source>
            <translation>私人笔记</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Private note (stays on this computer, never sent)</source>
            <translation>私人笔记（仅保存在本机，不会发送）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Quote hint</source>
            <translation>引用提示</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/dialog.py" />
            <source>Quote: “{quote}”</source>
            <translation>引用：“{quote}”</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Quoted passage</source>
            <translation>引用的片段</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/dialog.py" />
            <source>Save annotation</source>
            <translation>保存批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Select a passage to quote it in the annotation</source>
            <translation>选中一段文字，即可在批注中引用</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Shared with the panel</source>
            <translation>与仲裁庭共享</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Shared with the panel (sent at the next sync)</source>
            <translation>与仲裁庭共享（下次同步时发送）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Visibility</source>
            <translation>可见范围</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>What is annotated</source>
            <translation>批注对象</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotation_dialog.py" />
            <source>Your remark (plain text)</source>
            <translation>您的意见（纯文本）</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsModel</name>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>Deleted on the platform</source>
            <translation>已在平台上删除</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>Not yet sent</source>
            <translation>尚未发送</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>On a chat line</source>
            <translation>针对一条聊天消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>On evidence: {title}</source>
            <translation>针对证据：{title}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>On evidence: {title} (marked region)</source>
            <translation>针对证据：{title}（标记区域）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>On the case</source>
            <translation>针对案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>On {target}</source>
            <translation>针对{target}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>Private note — never sent</source>
            <translation>私人笔记——不会发送</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>Shared with the panel</source>
            <translation>与仲裁庭共享</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>Unknown member</source>
            <translation>未知仲裁员</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>Written {when}</source>
            <translation>撰写于{when}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>You</source>
            <translation>我</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>{author} · {when}</source>
            <translation>{author} · {when}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>{author} · {when} (edited)</source>
            <translation>{author} · {when}（已编辑）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/model.py" />
            <source>{state}. {meta}. {target}: {body}</source>
            <translation>{state}。{meta}。{target}：{body}</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsPanel</name>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>All annotations</source>
            <translation>全部批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Annotate case…</source>
            <translation>批注案件…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Annotate the case</source>
            <translation>批注案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>Annotation changed.</source>
            <translation>批注已修改。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>Annotation deleted.</source>
            <translation>批注已删除。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Annotation list</source>
            <translation>批注列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>Annotation on the whole case</source>
            <translation>针对整个案件的批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>Annotation queued for sync.</source>
            <translation>批注已排队，将在同步时发送。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Annotations</source>
            <translation>批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Annotations status</source>
            <translation>批注状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>Confirm deletion</source>
            <translation>确认删除</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>Could not read the annotations: {error}</source>
            <translation>无法读取批注：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>Delete annotation</source>
            <translation>删除批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Delete the annotation</source>
            <translation>删除批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>Delete this annotation (the panel will no longer see it)?</source>
            <translation>删除这条批注？（仲裁庭将不再看到它）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>Delete this private note?</source>
            <translation>删除这条私人笔记？</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Edit the annotation</source>
            <translation>编辑批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Go to target</source>
            <translation>转到批注对象</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Go to the annotated item</source>
            <translation>转到被批注的对象</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>My private notes</source>
            <translation>我的私人笔记</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>No case selected.</source>
            <translation>未选择案件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>Not saved: {error}</source>
            <translation>未保存：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>Private note saved.</source>
            <translation>私人笔记已保存。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Shared with the panel</source>
            <translation>与仲裁庭共享</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Show the annotated evidence item or chat line (double-click)</source>
            <translation>显示被批注的证据材料或聊天消息（双击）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Which annotations to show</source>
            <translation>显示哪些批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_annotations_panel.py" />
            <source>Write an annotation or private note on the whole case</source>
            <translation>为整个案件撰写批注或私人笔记</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>read-only: the case was reassigned</source>
            <translation>只读：该案件已改派</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>shared annotations are closed for this case; private notes only</source>
            <translation>本案件已不再接受共享批注，只能写私人笔记</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>{count} not yet sent</source>
            <translation>尚未发送{count}条</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>{count} private</source>
            <translation>私人{count}条</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>{count} shared</source>
            <translation>共享{count}条</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/annotations/panel.py" />
            <source>{target}: “{quote}”</source>
            <translation>{target}：“{quote}”</translation>
        </message>
    </context>
    <context>
        <name>AppealPanel</name>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Appeal</source>
            <translation>上诉</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Appeal against the ruling of {reference} of {date}, by the {party}</source>
            <translation>{party}就{reference}案于{date}作出的裁决提起上诉</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Appeal facts</source>
            <translation>上诉概况</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Filed {filed}. First ruling by a panel of {size}: {outcome}; {award}. Evidence and messages added after the filing are marked “New on appeal”.</source>
            <translation>上诉提起于{filed}。一审裁决（由{size}名仲裁员组成的仲裁庭作出）：{outcome}；{award}。上诉提起后新增的证据和消息均标记为“上诉新增”。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Filed {filed}. First ruling: {outcome}; {award}. Evidence and messages added after the filing are marked “New on appeal”.</source>
            <translation>上诉提起于{filed}。一审裁决：{outcome}；{award}。上诉提起后新增的证据和消息均标记为“上诉新增”。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Grounds (original)</source>
            <translation>上诉理由（原文）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Grounds (original, {language})</source>
            <translation>上诉理由（原文，{language}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Grounds of appeal</source>
            <translation>上诉理由</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Grounds of appeal, machine translation</source>
            <translation>上诉理由（机器翻译）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Grounds of the {party} (original)</source>
            <translation>{party}的上诉理由（原文）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Grounds of the {party} (original, {language})</source>
            <translation>{party}的上诉理由（原文，{language}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Machine translation (platform, en)</source>
            <translation>机器翻译（平台提供，en）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>Ruling appealed against: {ruling}</source>
            <translation>被上诉的裁决：{ruling}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>mediator</source>
            <translation>调解员</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>platform (automatic)</source>
            <translation>平台（自动）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>platform agent</source>
            <translation>平台客服</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/appeal_panel.py" />
            <source>seller</source>
            <translation>卖家</translation>
        </message>
    </context>
    <context>
        <name>CaseFormat</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n 字节</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>d MMM</source>
            <comment>day without the year (QLocale pattern)</comment>
            <translation>M月d日</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>d MMM yyyy</source>
            <comment>day (QLocale pattern)</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>d MMMM yyyy</source>
            <comment>a ruling's day, UTC (QLocale pattern)</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>d MMMM yyyy, HH:mm 'UTC'</source>
            <comment>a moment in UTC (QLocale pattern)</comment>
            <translation>yyyy年M月d日 HH:mm 'UTC'</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>dd MMM yyyy, HH:mm</source>
            <comment>date and time (QLocale pattern)</comment>
            <translation>yyyy年M月d日 HH:mm</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>dd MMM yyyy, HH:mm:ss</source>
            <comment>date and time with seconds (QLocale pattern)</comment>
            <translation>yyyy年M月d日 HH:mm:ss</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>dd MMM, HH:mm</source>
            <comment>day and time without the year (QLocale pattern)</comment>
            <translation>M月d日 HH:mm</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>dddd, dd MMMM yyyy</source>
            <comment>day (QLocale pattern)</comment>
            <translation>yyyy年M月d日 dddd</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>overdue by {duration}</source>
            <translation>已逾期{duration}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>{amount} {currency}</source>
            <comment>money</comment>
            <translation>{amount} {currency}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>{days} d</source>
            <translation>{days}天</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>{days} d {hours} h</source>
            <translation>{days}天{hours}小时</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>{duration} left</source>
            <translation>剩余{duration}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>{hours} h</source>
            <translation>{hours}小时</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours}小时{minutes}分钟</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/case_format.py" />
            <source>{minutes} min</source>
            <translation>{minutes}分钟</translation>
        </message>
    </context>
    <context>
        <name>CaseHeader</name>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_case_header.py" />
            <source>Case header</source>
            <translation>案件标题栏</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_case_header.py" />
            <source>Case reference</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_case_header.py" />
            <source>Case status</source>
            <translation>案件状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_case_header.py" />
            <source>Claim type and value in dispute</source>
            <translation>索赔类型和争议金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/header.py" />
            <source>No ruling</source>
            <translation>无裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_case_header.py" />
            <source>Read-only notice</source>
            <translation>只读提示</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_case_header.py" />
            <source>Ruling deadline</source>
            <translation>裁决截止时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/header.py" />
            <source>Ruling due {when}</source>
            <translation>裁决截止于{when}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/header.py" />
            <source>Ruling recorded</source>
            <translation>裁决已记录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/header.py" />
            <source>Ruling was due {when}</source>
            <translation>裁决原定截止于{when}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_case_header.py" />
            <source>Time left until the ruling deadline</source>
            <translation>距裁决截止时间的剩余时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/header.py" />
            <source>{claim_type}  ·  Value in dispute {value}</source>
            <translation>{claim_type}  ·  争议金额：{value}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/header.py" />
            <source>{status} before a ruling (it was due {when})</source>
            <translation>{status}，未作出裁决（裁决原定截止于{when}）</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>%n evidence file(s) failed verification</source>
            <translation>
                <numerusform>%n 个证据文件校验失败</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>%n unsent change(s)</source>
            <translation>
                <numerusform>%n 项更改待发送</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>(no reference)</source>
            <translation>（无编号）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>; </source>
            <comment>between the flags of a case in its tooltip</comment>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>A party appealed the ruling; it stands until a second panel decides the appeal.</source>
            <translation>一方当事人已对裁决提起上诉；在另一仲裁庭对上诉作出决定之前，原裁决继续有效。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>A party may be a serial complainant (the buyer) or stalling (the seller), by its dispute statistics of the last 12 months and this case's history; the tooltip and the summary give the reasons in numbers, and the flag filter's “Abuse signals” lists these cases.</source>
            <translation>根据过去 12 个月的争议统计数据和本案经过，一方当事人可能存在恶意投诉（买家）或故意拖延（卖家）的情况；提示和摘要以具体数字列出理由，标记筛选中的“滥用迹象”列出这些案件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>A signed ruling is queued or filed</source>
            <translation>已签名裁决书正在等待发送或已提交</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>An appeal case (second instance): a party appealed the ruling of the first-instance case the tooltip names, and a new, larger panel decides. Evidence and messages added on appeal are marked “New on appeal”; the flag filter's “Appeals” lists these cases.</source>
            <translation>上诉案件（二审）：一方当事人对提示中所列一审案件的裁决提起上诉，由新组成的、人数更多的仲裁庭作出决定。上诉阶段新增的证据和消息标有“上诉新增”；标记筛选中的“上诉案件”列出这些案件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>An evidence file failed verification twice (its content does not match the platform's hash); it is not shown, and platform support was told.</source>
            <translation>某个证据文件两次校验失败（其内容与平台提供的哈希值不符）；该文件不予显示，并已通知平台支持人员。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Appeal against {reference} (second instance)</source>
            <translation>针对 {reference} 的上诉（二审）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Blue dot: the case changed since you last opened it; it clears when you open the case</source>
            <translation>蓝点：自您上次打开后案件有变化；打开案件后即消失</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Blue dot: the case changed since you last opened it; it clears when you open the case.
Other flags: unsent work, evidence that failed verification, reassigned (read-only), a possible serial complainant or stalling seller, an appeal case (second instance), a ruling under appeal.
Help → Case list legend explains each.</source>
            <translation>蓝点：自您上次打开后案件有变化；打开案件后即消失。
其他标记：待发送的工作、校验失败的证据、已改派（只读）、可能的恶意投诉买家或拖延卖家、上诉案件（二审）、上诉中的裁决。
“帮助 → 案件列表图例”逐一说明各标记。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Buyer → Seller</source>
            <translation>买家 → 卖家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Claim</source>
            <translation>索赔类型</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Closed or read-only: nothing to do</source>
            <translation>已结案或只读：无需处理</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Countries of the buyer and the seller</source>
            <translation>买家和卖家所在的国家/地区</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Deliberation has not opened yet.</source>
            <translation>合议尚未开始。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Deliberation is open and you have not voted.</source>
            <translation>合议已开始，您尚未投票。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Every vote is in and you chair the panel: record the ruling</source>
            <translation>所有投票均已提交，且您是首席仲裁员：请记录裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Every vote is in: the chair records the ruling</source>
            <translation>所有投票均已提交：由首席仲裁员记录裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Every vote is in; the chair records the ruling.</source>
            <translation>所有投票均已提交，由首席仲裁员记录裁决。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>No flags</source>
            <translation>无标记</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Reassigned: read-only</source>
            <translation>已改派：只读</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Reference</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Ruling due</source>
            <translation>裁决截止</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Ruling due {when} ({left})</source>
            <translation>裁决截止时间：{when}（{left}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Ruling due {when} ({left}): due within {hours} hours</source>
            <translation>裁决截止时间：{when}（{left}），将在 {hours} 小时内到期</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Status: {status}</source>
            <translation>状态：{status}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>The case changed since you last opened it (new messages, evidence, votes or status); opening the case clears it.</source>
            <translation>自您上次打开后案件有变化（新消息、证据、投票或状态）；打开案件即清除此标记。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>The case is closed.</source>
            <translation>案件已结案。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>The case was reassigned away from you: read-only, deleted from this computer after 7 days.</source>
            <translation>该案件已改派给其他仲裁员：只读，7 天后从本机删除。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>The panel is not complete yet: voting has not opened</source>
            <translation>仲裁庭尚未组成：投票尚未开始</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>The ruling is due within {hours} hours.</source>
            <translation>裁决将在 {hours} 小时内到期。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>The ruling is overdue.</source>
            <translation>裁决已逾期。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>The ruling is recorded</source>
            <translation>裁决已记录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>The ruling is recorded.</source>
            <translation>裁决已记录。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Under appeal: the ruling stands until the appeal panel decides</source>
            <translation>上诉中：在上诉仲裁庭作出决定之前，原裁决继续有效</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Under appeal: the ruling stands until the appeal panel decides (read-only meanwhile; the case returns to “Decided” then). The flag filter's “Under appeal” lists these cases.</source>
            <translation>上诉中：在上诉仲裁庭作出决定之前，原裁决继续有效（期间为只读；之后案件恢复为“已裁决”）。标记筛选中的“上诉中”列出这些案件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Under appeal: the ruling stands until the appeal panel decides (read-only)</source>
            <translation>上诉中：在上诉仲裁庭作出决定之前，原裁决继续有效（只读）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Value</source>
            <translation>争议金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Voting is open: other members still have to vote</source>
            <translation>投票进行中：其他仲裁员尚未投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>What the case waits for from you:</source>
            <translation>案件需要您做什么：</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>When the ruling is due, and the time left</source>
            <translation>裁决截止时间及剩余时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>You chair the panel and every vote is in: record the ruling.</source>
            <translation>您是首席仲裁员，且所有投票均已提交，请记录裁决。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>You have work on this case not yet sent to the platform (a vote, an annotation, a ruling); the next sync sends it.</source>
            <translation>您在此案件中有尚未发送到平台的工作（投票、批注或裁决）；下次同步时发送。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>You signed the ruling; it is being filed.</source>
            <translation>您已签署裁决，正在提交。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>You sit on the panel and have not cast your vote (a saved draft is not cast)</source>
            <translation>您是仲裁庭成员，尚未投票（已保存的草稿不算投票）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>You voted; other members still have to.</source>
            <translation>您已投票，其他仲裁员尚未投票。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Your part</source>
            <translation>我的进度</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Your vote is cast here and will be sent at the next sync</source>
            <translation>您已在本机投票，将在下次同步时发送</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>Your vote is queued; it is sent at the next sync.</source>
            <translation>您的投票已排队，将在下次同步时发送。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>overdue {amount}</source>
            <translation>逾期{amount}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>{amount} left</source>
            <translation>剩余{amount}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/model.py" />
            <source>{part}: {text}</source>
            <translation>{part}：{text}</translation>
        </message>
    </context>
    <context>
        <name>CaseListView</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n 个案件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n 处匹配</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>Case count</source>
            <translation>案件数</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>Case list</source>
            <translation>案件列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>Empty list notice</source>
            <translation>空列表提示</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>Go to the selected case</source>
            <translation>转到所选案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>No case matches the search and filters.</source>
            <translation>没有符合搜索和筛选条件的案件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>No cases on this machine yet.
Sync (F5) to fetch the cases assigned to you.</source>
            <translation>本机尚无案件。
请同步（F5）以获取分配给您的案件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>No cases on this machine.
Sign in to fetch the cases assigned to you.</source>
            <translation>本机没有案件。
请登录以获取分配给您的案件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>Search failed: {error}</source>
            <translation>搜索失败：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>Search hits</source>
            <translation>搜索结果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>Search hits title</source>
            <translation>搜索结果标题</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>Sign in to fetch your cases</source>
            <translation>登录以获取您的案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>Sign in…</source>
            <translation>登录…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>The local case list cannot be read: {error}</source>
            <translation>无法读取本地案件列表：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>{matches} in {cases} for “{text}”</source>
            <translation>“{text}”：在 {cases}中找到 {matches}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>{matches} in {cases} for “{text}” — still indexing {count} messages: results may be incomplete</source>
            <translation>“{text}”：在 {cases}中找到 {matches}；仍在为 {count} 条消息建立索引，结果可能不完整</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/case_list/view.py" />
            <source>{shown} of %n case(s) shown</source>
            <translation>
                <numerusform>显示 {shown} 个案件（共 %n 个）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>&amp;Chat</source>
            <translation>聊天记录(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>Case body</source>
            <translation>案件主体</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>Case sections</source>
            <translation>案件分区</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>Closed case: read-only</source>
            <translation>已结案：只读</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>Evi&amp;dence</source>
            <translation>证据(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>Panel</source>
            <comment>a part of the window</comment>
            <translation>面板</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>Reassigned to another member: read-only</source>
            <translation>已改派给其他仲裁员：只读</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>Su&amp;mmary</source>
            <translation>摘要(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>This case cannot be shown: {error}</source>
            <translation>无法显示此案件：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>Unknown status: read-only</source>
            <translation>状态未知：只读</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>Vo&amp;te</source>
            <translation>投票(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>Vote and ruling</source>
            <translation>投票与裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/view.py" />
            <source>{panel} scroll area</source>
            <translation>{panel}滚动区域</translation>
        </message>
    </context>
    <context>
        <name>DeadlineBanner</name>
        <message>
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>Deadline notification</source>
            <translation>截止时间提醒</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>Deadline notification text</source>
            <translation>截止时间提醒内容</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>Dismiss the deadline notification</source>
            <translation>关闭截止时间提醒</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>Show case</source>
            <translation>查看案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>Show the case of the deadline notification</source>
            <translation>查看截止时间提醒所涉的案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>{title}. {body}</source>
            <translation>{title}。{body}</translation>
        </message>
    </context>
    <context>
        <name>DeadlineNotifier</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>%n ruling(s) due soon</source>
            <translation>
                <numerusform>%n 项裁决即将到期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>%n ruling(s) overdue</source>
            <translation>
                <numerusform>%n 项裁决已逾期</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>, </source>
            <comment>between the references of the cases a notice names</comment>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>Due within %n hour(s): {cases}.</source>
            <translation>
                <numerusform>%n 小时内到期：{cases}。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>Overdue: {cases}.</source>
            <translation>已逾期：{cases}。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/deadline_notices.py" />
            <source>{cases} and %n more</source>
            <translation>
                <numerusform>{cases}及另外 %n 个案件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoKeys</name>
        <message>
            <location filename="../../arbitration_desk/gui/shell/demo.py" />
            <source>the demo's key file cannot be deleted ({error})</source>
            <translation>无法删除演示的密钥文件（{error}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/demo.py" />
            <source>the demo's key file cannot be read ({error})</source>
            <translation>无法读取演示的密钥文件（{error}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/demo.py" />
            <source>the demo's key file cannot be written ({error})</source>
            <translation>无法写入演示的密钥文件（{error}）</translation>
        </message>
    </context>
    <context>
        <name>DemoSplash</name>
        <message>
            <location filename="../../arbitration_desk/gui/shell/demo.py" />
            <source>Arbitration Desk — demo</source>
            <translation>仲裁工作台 — 演示</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/demo.py" />
            <source>Demo start-up busy indicator</source>
            <translation>演示启动忙碌指示</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/demo.py" />
            <source>Demo start-up progress</source>
            <translation>演示启动进度</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/demo.py" />
            <source>Starting the demo</source>
            <translation>正在启动演示</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/demo.py" />
            <source>Starting the demo platform and loading its cases…</source>
            <translation>正在启动演示平台并加载其案件…</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <location filename="../../arbitration_desk/gui/common/product.py" />
            <source>Arbitration Desk</source>
            <translation>仲裁工作台</translation>
        </message>
    </context>
    <context>
        <name>DeskApp</name>
        <message>
            <location filename="../../arbitration_desk/gui/shell/app.py" />
            <source>The demo could not start: {error}</source>
            <translation>演示无法启动：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/app.py" />
            <source>The local data cannot be opened:

{error}</source>
            <translation>无法打开本地数据：

{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/app.py" />
            <source>{reason}.</source>
            <translation>{reason}。</translation>
        </message>
    </context>
    <context>
        <name>DetachedNote</name>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer_window.py" />
            <source>Put the viewer back here</source>
            <translation>将查看器放回此处</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer_window.py" />
            <source>Put the viewer back in the Evidence tab</source>
            <translation>将查看器放回“证据”标签页</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer_window.py" />
            <source>The viewer is open in a window of its own.</source>
            <translation>查看器已在独立窗口中打开。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer_window.py" />
            <source>Viewer in its own window</source>
            <translation>独立窗口中的查看器</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <location filename="../../arbitration_desk/documents/fonts.py" />
            <source>cannot load the bundled font {path}: {error}</source>
            <translation>无法加载随附字体 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/draft.py" />
            <source>decided_at must be an aware datetime</source>
            <translation>裁决时间必须带有时区信息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/words.py" />
            <source>out of range: {number}</source>
            <translation>超出范围：{number}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/pdfa.py" />
            <source>the PDF/A finishing step failed: {error}</source>
            <translation>PDF/A 收尾步骤失败：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/draft.py" />
            <source>the award {award} fails {checks} (claimed {claimed})</source>
            <translation>裁决金额 {award} 未通过检查 {checks}（索赔金额 {claimed}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/draft.py" />
            <source>the case or vote board is malformed: {error}</source>
            <translation>案件或投票记录格式有误：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/draft.py" />
            <source>the findings must hold at most {most} characters</source>
            <translation>事实认定最多 {most} 个字符</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/compose.py" />
            <source>the ruling could not be laid out: {error}</source>
            <translation>无法排版裁决书：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/draft.py" />
            <source>the ruling records no votes</source>
            <translation>裁决中没有记录任何投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/draft.py" />
            <source>the summary must hold 1 to {most} characters</source>
            <translation>裁决理由须为 1 至 {most} 个字符</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/draft.py" />
            <source>unknown evidence: {ids}</source>
            <translation>未知证据：{ids}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/draft.py" />
            <source>unknown outcome {outcome}</source>
            <translation>未知裁决结果 {outcome}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/draft.py" />
            <source>votes are incomplete ({cast} of {quorum})</source>
            <translation>投票尚未完成（{quorum}人中已有{cast}人投票）</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>Awaiting ruling</source>
            <translation>等待裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>Decided</source>
            <translation>已裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>My vote cast</source>
            <translation>我已投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>Needs my vote</source>
            <translation>待我投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>Not open yet</source>
            <translation>尚未开始</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>Only the chair of the panel records the ruling.</source>
            <translation>只有仲裁庭的首席仲裁员可以录入裁决。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>Ready to rule</source>
            <translation>可作出裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/appeals.py" />
            <source>Replaces the first ruling</source>
            <translation>撤销一审裁决并改判</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>Ruling sent</source>
            <translation>裁决已发送</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>The case is not synced yet: sync, then record the ruling.</source>
            <translation>该案件尚未同步：请先同步，再录入裁决。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>The ruling is recorded while the case is in deliberation; it is {status}.</source>
            <translation>裁决须在案件合议期间录入；该案件当前为{status}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>The votes are still sealed: every panel member has to vote before the ruling.</source>
            <translation>投票仍处于密封状态：仲裁庭全体仲裁员均须投票后方可作出裁决。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>This case was reassigned; it is read-only.</source>
            <translation>该案件已改派，仅可查看。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>Under appeal</source>
            <translation>上诉中</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/appeals.py" />
            <source>Upholds the first ruling</source>
            <translation>维持一审裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/deliberation.py" />
            <source>Votes open</source>
            <translation>投票进行中</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/money.py" />
            <source>amount must be a decimal string with two fraction digits: {amount}</source>
            <translation>金额必须是带两位小数的十进制字符串：{amount}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/money.py" />
            <source>currency must be a string</source>
            <translation>币种必须是字符串</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/money.py" />
            <source>money must be an object with amount and currency</source>
            <translation>金额必须是包含数额和币种的对象</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/money.py" />
            <source>more than two fraction digits: {amount}</source>
            <translation>小数超过两位：{amount}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/money.py" />
            <source>not a non-negative amount: {amount}</source>
            <translation>不是非负金额：{amount}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/money.py" />
            <source>not an ISO 4217 currency code: {currency}</source>
            <translation>不是 ISO 4217 币种代码：{currency}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/timeutil.py" />
            <source>not an RFC 3339 UTC timestamp: {text}</source>
            <translation>不是 RFC 3339 格式的 UTC 时间：{text}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/money.py" />
            <source>not an amount with at most two fraction digits: {amount}</source>
            <translation>不是最多两位小数的金额：{amount}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/money.py" />
            <source>not an amount: {amount}</source>
            <translation>不是金额：{amount}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/appeals.py" />
            <source>the appeal is malformed: {error}</source>
            <translation>上诉信息格式有误：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/domain/appeals.py" />
            <source>the appeal is not an object</source>
            <translation>上诉信息不是 JSON 对象</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Agent</source>
            <translation>客服</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Appeal admitted</source>
            <translation>上诉已受理</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Appeal decided</source>
            <translation>上诉已裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Appeal filed</source>
            <translation>已提起上诉</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Awaiting panel</source>
            <translation>待组庭</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Buyer platform</source>
            <translation>买家与平台</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Buyer seller</source>
            <translation>买家与卖家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Cash on delivery</source>
            <translation>货到付款</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Chair</source>
            <translation>首席仲裁员</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Chat export</source>
            <translation>聊天记录导出</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Counterfeit</source>
            <translation>假冒商品</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Customs</source>
            <translation>清关中</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Damaged</source>
            <translation>商品损坏</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Deadline extended</source>
            <translation>截止时间已延长</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Decided</source>
            <translation>已裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Delivered</source>
            <translation>已签收</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Delivery failed</source>
            <translation>派送失败</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Escalated</source>
            <translation>已提交仲裁</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Evidence added</source>
            <translation>新增证据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Favor buyer</source>
            <translation>支持买家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Favor seller</source>
            <translation>支持卖家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Full refund</source>
            <translation>全额退款</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Image</source>
            <translation>图片</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>In deliberation</source>
            <translation>合议中</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>In transit</source>
            <translation>运输中</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Info received</source>
            <translation>已收到运单信息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Legal</source>
            <translation>法务人员</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Mediation failed</source>
            <translation>调解未果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Mediation started</source>
            <translation>调解开始</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Mediator</source>
            <translation>调解员</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Member</source>
            <translation>仲裁员</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Negotiation failed</source>
            <translation>协商未果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Not as described</source>
            <translation>与描述不符</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Not received</source>
            <translation>未收到货</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Opened</source>
            <translation>已立案</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Order record</source>
            <translation>订单记录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Out for delivery</source>
            <translation>派送中</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Panel assigned</source>
            <translation>已组庭</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Panel member</source>
            <translation>仲裁员</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Partial delivery</source>
            <translation>部分发货</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Partial refund</source>
            <translation>部分退款</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Replacement</source>
            <translation>换货</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Return and refund</source>
            <translation>退货退款</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Seller</source>
            <translation>卖家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Seller platform</source>
            <translation>卖家与平台</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Seller responded</source>
            <translation>卖家已回复</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Split</source>
            <translation>部分支持</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Tracking</source>
            <translation>物流跟踪</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Under appeal</source>
            <translation>上诉中</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Wallet</source>
            <translation>电子钱包</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/common/enum_names.py" />
            <source>Wrong item</source>
            <translation>发错商品</translation>
        </message>
    </context>
    <context>
        <name>EventTimeline</name>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>{timeline} entry {number}</source>
            <translation>{timeline}第{number}条</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>{timeline} entry {number} time</source>
            <translation>{timeline}第{number}条的时间</translation>
        </message>
    </context>
    <context>
        <name>EvidenceCanvas</name>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/canvas.py" />
            <source>Evidence image</source>
            <translation>证据图片</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/canvas.py" />
            <source>The annotated region</source>
            <translation>批注区域</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDetails</name>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>(untitled)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Annotate this item</source>
            <translation>批注此证据材料</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Annotate…</source>
            <translation>批注…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Evidence description</source>
            <translation>证据说明</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Evidence details</source>
            <translation>证据详情</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Evidence facts</source>
            <translation>证据信息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Evidence facts panel</source>
            <translation>证据信息面板</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Evidence title</source>
            <translation>证据标题</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Messages</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Messages ({count})</source>
            <translation>消息（{count}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Messages about this evidence</source>
            <translation>与此证据相关的消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Open a copy of the file in another program</source>
            <translation>用其他程序打开该文件的副本</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Open externally</source>
            <translation>用其他程序打开</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Open externally…</source>
            <translation>用其他程序打开…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>SHA-256 of the content</source>
            <translation>内容的 SHA-256</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>SHA-256 {sha256}</source>
            <translation>SHA-256 {sha256}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Show the SHA-256</source>
            <translation>显示 SHA-256</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Show the SHA-256 of the content</source>
            <translation>显示内容的 SHA-256</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Show the messages about it</source>
            <translation>显示与其相关的消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Verification state</source>
            <translation>校验状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>Write an annotation on the whole item (Mark draws one on a region of an image)</source>
            <translation>对整份证据材料撰写批注（“标记”可在图片的某一区域上批注）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/details.py" />
            <source>{kind} from the {submitter}, {when}  ·  file name as submitted: {filename}  ·  declared {media_type}, {size}</source>
            <translation>{submitter}提交的{kind}，{when}  ·  提交时的文件名：{filename}  ·  声明类型 {media_type}，{size}</translation>
        </message>
    </context>
    <context>
        <name>EvidenceGallery</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n 项</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>Evidence cannot be read: {reason}</source>
            <translation>无法读取证据：{reason}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>Evidence count</source>
            <translation>证据数量</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>Evidence list</source>
            <translation>证据列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>Evidence list and viewer</source>
            <translation>证据列表和查看器</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>Evidence list panel</source>
            <translation>证据列表面板</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>Evidence viewer area</source>
            <translation>证据查看区</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>New on appeal only</source>
            <translation>仅显示上诉新增</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>Panel member</source>
            <translation>仲裁员</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>Private note</source>
            <translation>私人笔记</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>Show only the evidence added on appeal, after the appeal was filed</source>
            <translation>仅显示提起上诉后新增的证据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>The annotation could not be saved: {reason}</source>
            <translation>无法保存批注：{reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>{shown} of %n item(s)</source>
            <translation>
                <numerusform>显示 {shown} 项，共 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/gallery.py" />
            <source>{who}: {note}</source>
            <translation>{who}：{note}</translation>
        </message>
    </context>
    <context>
        <name>EvidenceModel</name>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>(untitled)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>Added on appeal, after the appeal was filed on {when}</source>
            <translation>上诉新增：于 {when} 提起上诉之后添加</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>Declared type: {media_type}  ·  {size}</source>
            <translation>声明类型：{media_type}  ·  {size}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>Failed verification</source>
            <translation>校验失败</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>File name (as submitted): {filename}</source>
            <translation>文件名（提交时）：{filename}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>New on appeal</source>
            <translation>上诉新增</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>No preview</source>
            <translation>无预览</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>Not downloaded</source>
            <translation>未下载</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>Quarantined</source>
            <translation>已隔离</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>Unknown state</source>
            <translation>未知状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>Verified</source>
            <translation>已校验</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>{kind} submitted by {submitter}, {when}</source>
            <translation>{submitter}提交的{kind}，{when}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>{state}  ·  SHA-256 {sha256}</source>
            <translation>{state}  ·  SHA-256 {sha256}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>{title}, {state}</source>
            <translation>{title}，{state}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/model.py" />
            <source>{title}, {state}, new on appeal</source>
            <translation>{title}，{state}，上诉新增</translation>
        </message>
    </context>
    <context>
        <name>EvidenceNoteDialog</name>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_evidence_note_dialog.py" />
            <source>&amp;Private note (kept on this computer only, never sent)</source>
            <translation>私人笔记（仅保存在本机，绝不发送）(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_evidence_note_dialog.py" />
            <source>&amp;Share with the panel (sent at the next sync)</source>
            <translation>与仲裁庭共享（下次同步时发送）(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_evidence_note_dialog.py" />
            <source>Annotate evidence</source>
            <translation>批注证据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_evidence_note_dialog.py" />
            <source>Annotated evidence</source>
            <translation>被批注的证据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_evidence_note_dialog.py" />
            <source>Annotation text</source>
            <translation>批注内容</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/note_dialog.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_evidence_note_dialog.py" />
            <source>Dialog buttons</source>
            <translation>对话框按钮</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/note_dialog.py" />
            <source>Note on the marked region of “{title}”</source>
            <translation>关于“{title}”中标记区域的批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/note_dialog.py" />
            <source>Note on “{title}”</source>
            <translation>关于“{title}”的批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_evidence_note_dialog.py" />
            <source>Private note</source>
            <translation>私人笔记</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/note_dialog.py" />
            <source>Save annotation</source>
            <translation>保存批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_evidence_note_dialog.py" />
            <source>Share with the panel</source>
            <translation>与仲裁庭共享</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_evidence_note_dialog.py" />
            <source>What does this region show?</source>
            <translation>这一区域显示了什么？</translation>
        </message>
    </context>
    <context>
        <name>EvidenceToolbar</name>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Actual size</source>
            <translation>实际大小</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Back to tab</source>
            <translation>放回标签页</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Drag a rectangle on the image to annotate it</source>
            <translation>在图片上拖出一个矩形以进行批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Evidence tools</source>
            <translation>证据工具栏</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Fit</source>
            <translation>适合窗口</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Fit ({zoom})</source>
            <translation>适合窗口（{zoom}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Fit the whole page or image</source>
            <translation>完整显示整页或整张图片</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Fit to window</source>
            <translation>适合窗口</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Go to the next page</source>
            <translation>转到下一页</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Go to the previous page</source>
            <translation>转到上一页</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Items</source>
            <translation>证据材料</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Mark</source>
            <translation>标记</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Mark a region</source>
            <translation>标记区域</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Marking and window</source>
            <translation>标记和窗口</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Next</source>
            <translation>下一项</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Next evidence</source>
            <translation>下一份证据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Next page</source>
            <translation>下一页</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Open in its own window</source>
            <translation>在独立窗口中打开</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Open the viewer in a window of its own, to maximise it or move it to another screen</source>
            <translation>在独立窗口中打开查看器，以便最大化或移到另一块屏幕</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Own window</source>
            <translation>独立窗口</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Page</source>
            <translation>页码</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Page {page} of {total}</source>
            <translation>第 {page} 页，共 {total} 页</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Page {page} of {total} (the first {shown} are shown)</source>
            <translation>第 {page} 页，共 {total} 页（仅显示前 {shown} 页）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Pages</source>
            <translation>页面</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Position in the evidence list</source>
            <translation>在证据列表中的位置</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Previous</source>
            <translation>上一项</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Previous evidence</source>
            <translation>上一份证据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Previous page</source>
            <translation>上一页</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Put back in the Evidence tab</source>
            <translation>放回“证据”标签页</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Put the viewer back in the Evidence tab (or close its window)</source>
            <translation>将查看器放回“证据”标签页（或关闭其窗口）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Show the image at its actual size (100 %)</source>
            <translation>按实际大小（100%）显示图片</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Show the next item</source>
            <translation>显示下一项</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Show the previous item</source>
            <translation>显示上一项</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Zoom</source>
            <translation>缩放</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Zoom level</source>
            <translation>缩放比例</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>{percent} %</source>
            <translation>{percent}%</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>{position} of {count}</source>
            <translation>第 {position} 项，共 {count} 项</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/toolbar.py" />
            <source>{tip} ({shortcut})</source>
            <translation>{tip}（{shortcut}）</translation>
        </message>
    </context>
    <context>
        <name>EvidenceViewer</name>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Audio</source>
            <translation>音频</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Evidence comes from the parties and may be harmful. It will be opened by another program on this computer, outside the protection of this application.

A readable copy is written for that program: it leaves the desk's protection, and the program may keep copies of its own. The desk deletes its copy when it closes and when you sign out.

Content: {content}. A copy named after its hash is opened, not the submitted file name.</source>
            <translation>证据来自当事人，可能有害。它将由本机上的其他程序打开，不再受本工作台的保护。

本工作台会为该程序写出一份可读副本：该副本不再受本工作台保护，且该程序可能自行保留副本。本工作台会在关闭时和您退出登录时删除其副本。

内容：{content}。打开的是以其哈希值命名的副本，而不是按提交时的文件名。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Evidence content</source>
            <translation>证据内容</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Evidence message</source>
            <translation>证据提示</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Evidence viewer</source>
            <translation>证据查看器</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Expected SHA-256: {sha256}</source>
            <translation>预期的 SHA-256：{sha256}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Found: {reason}</source>
            <translation>检测结果：{reason}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Image</source>
            <translation>图片</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>It will be downloaded once more at the next sync.</source>
            <translation>下次同步时将重新下载。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Open evidence externally</source>
            <translation>用其他程序打开证据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Report it to platform support with the request ID above.</source>
            <translation>请凭上述请求 ID 向平台技术支持报告。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Request ID: not recorded</source>
            <translation>请求 ID：未记录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Request ID: {request_id}</source>
            <translation>请求 ID：{request_id}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Select an evidence item.</source>
            <translation>请选择一份证据材料。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>The file could not be prepared: {reason}</source>
            <translation>无法准备该文件：{reason}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>This file cannot be shown: {reason}</source>
            <translation>此文件无法显示：{reason}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>This file did not match its published SHA-256 and is never opened.</source>
            <translation>此文件与其公布的 SHA-256 不符，因此不会被打开。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>This file has not been downloaded yet. It will be downloaded at the next sync.</source>
            <translation>此文件尚未下载，将在下次同步时下载。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>This file is in an unknown state ({state}) and is not opened.</source>
            <translation>此文件处于未知状态（{state}），不会被打开。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>{item}: no built-in viewer for this content, which is not an image or PDF the desk recognises.
Use “Open externally…” only if you trust the file.</source>
            <translation>{item}：此内容不是本工作台可识别的图片或 PDF，没有内置查看器。
仅当您信任该文件时，才可使用“用其他程序打开…”。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>{item}: no built-in viewer; the desk shows images and PDFs.
Use “Open externally…” to open a copy in another program, only if you trust the file.</source>
            <translation>{item}：没有内置查看器；本工作台只能显示图片和 PDF。
仅当您信任该文件时，才可使用“用其他程序打开…”在其他程序中打开其副本。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>{item}: the desk has no built-in video player, and this file is in no video format it recognises (MP4, QuickTime, WebM, Matroska, AVI).
Use “Open externally…” only if you trust the file.</source>
            <translation>{item}：本工作台没有内置视频播放器，且此文件不属于可识别的任何视频格式（MP4、QuickTime、WebM、Matroska、AVI）。
仅当您信任该文件时，才可使用“用其他程序打开…”。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>{item}: the desk has no built-in video player.
Use “Open externally…” to play a copy in your video player, only if you trust the file.</source>
            <translation>{item}：本工作台没有内置视频播放器。
仅当您信任该文件时，才可使用“用其他程序打开…”在您的视频播放器中播放其副本。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>{noun} ({fact})</source>
            <translation>{noun}（{fact}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer.py" />
            <source>{noun} ({media_type}, {size})</source>
            <translation>{noun}（{media_type}，{size}）</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../arbitration_desk/rulings/export.py" />
            <source>cannot create {path}: {error}</source>
            <translation>无法创建 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/export.py" />
            <source>cannot fetch the platform CA's CRL (needed to check revocation): {error}</source>
            <translation>无法获取平台 CA 的吊销列表（检查吊销状态需要它）：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/export.py" />
            <source>cannot list the rulings: {error}</source>
            <translation>无法列出裁决：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/records.py" />
            <source>cannot read {path}: {error}</source>
            <translation>无法读取 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/records.py" />
            <source>cannot write {path}: {error}</source>
            <translation>无法写入 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/archival.py" />
            <source>not a signed ruling: {error}</source>
            <translation>不是已签名的裁决书：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/archival.py" />
            <source>the archival copy cannot be made: {error}</source>
            <translation>无法制作归档副本：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/export.py" />
            <source>the archival copy could not be made: {error}</source>
            <translation>未能制作归档副本：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/archival.py" />
            <source>the archival copy does not keep the filed bytes</source>
            <translation>归档副本未保留已提交裁决书的原始字节</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/export.py" />
            <source>the archival copy does not verify: it does not hold the filed ruling</source>
            <translation>归档副本验证失败：其中不含已提交的裁决书</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/export.py" />
            <source>the archival copy does not verify: {problems}</source>
            <translation>归档副本验证失败：{problems}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/export.py" />
            <source>the file is the ruling of {stated}, not {listed}</source>
            <translation>该文件是 {stated} 的裁决书，而非 {listed} 的</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/records.py" />
            <source>{path} is not a manifest of this application: {error}</source>
            <translation>{path} 不是本应用程序的清单：{error}</translation>
        </message>
    </context>
    <context>
        <name>FailureListModel</name>
        <message>
            <location filename="../../arbitration_desk/gui/sync/errors_dialog.py" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/sync/errors_dialog.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/sync/errors_dialog.py" />
            <source>Request ID</source>
            <translation>请求ID</translation>
        </message>
    </context>
    <context>
        <name>FileKind</name>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/kinds.py" />
            <source>AVI video</source>
            <translation>AVI 视频</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/kinds.py" />
            <source>BMP file</source>
            <translation>BMP 文件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/kinds.py" />
            <source>GIF file</source>
            <translation>GIF 文件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/kinds.py" />
            <source>JPEG file</source>
            <translation>JPEG 文件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/kinds.py" />
            <source>MP4 video</source>
            <translation>MP4 视频</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/kinds.py" />
            <source>PDF file</source>
            <translation>PDF 文件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/kinds.py" />
            <source>PNG file</source>
            <translation>PNG 文件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/kinds.py" />
            <source>QuickTime video</source>
            <translation>QuickTime 视频</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/kinds.py" />
            <source>Unrecognised data</source>
            <translation>无法识别的数据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/kinds.py" />
            <source>WEBP file</source>
            <translation>WEBP 文件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/kinds.py" />
            <source>WebM or Matroska video</source>
            <translation>WebM 或 Matroska 视频</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Abuse signals</source>
            <translation>滥用迹象</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>All claims</source>
            <translation>所有索赔类型</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>All statuses</source>
            <translation>所有状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Amounts are compared only within the chosen currency</source>
            <translation>仅在所选币种内比较金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Any</source>
            <comment>any currency</comment>
            <translation>任意</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Any deadline</source>
            <translation>任意截止时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Any flags</source>
            <translation>任意标记</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Any part</source>
            <translation>任意进度</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Appeals</source>
            <translation>上诉案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Choose a currency first: amounts in different currencies are not compared</source>
            <translation>请先选择币种：不同币种的金额不作比较</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Claim type filter</source>
            <translation>索赔类型筛选</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Deadline filter</source>
            <translation>截止时间筛选</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Due within {days} days</source>
            <translation>{days} 天内到期</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Due within {hours} h</source>
            <translation>{hours} 小时内到期</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Failed verification</source>
            <translation>校验失败</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Flag filter</source>
            <translation>标记筛选</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Maximum value</source>
            <translation>最高金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Minimum value</source>
            <translation>最低金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Open cases</source>
            <translation>未结案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Reassigned</source>
            <translation>已改派</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Search cases, messages and annotations   (Ctrl+F)</source>
            <translation>搜索案件、消息和批注   （Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Show every case: all statuses, no other filter, no search</source>
            <translation>显示所有案件：所有状态，不做其他筛选，不搜索</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Status filter</source>
            <translation>状态筛选</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Status filter (open cases: not decided or withdrawn)</source>
            <translation>状态筛选（未结案件：尚未裁决且未撤回）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Under appeal</source>
            <translation>上诉中</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Unread changes</source>
            <translation>有未读更新</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Unsent work</source>
            <translation>有待发送的工作</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Value &amp;in</source>
            <translation>金额币种(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Value currency</source>
            <translation>金额币种</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Waiting for me</source>
            <translation>待我处理</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>What the case waits for from you</source>
            <translation>案件需要您做什么</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>Your part filter</source>
            <translation>我的进度筛选</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>from</source>
            <comment>value in a currency from [min] to [max]</comment>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>max</source>
            <comment>the largest value shown</comment>
            <translation>最高</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>min</source>
            <comment>the smallest value shown</comment>
            <translation>最低</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_list/filters.py" />
            <source>to</source>
            <comment>value in a currency from [min] to [max]</comment>
            <translation>至</translation>
        </message>
    </context>
    <context>
        <name>ForwardServer</name>
        <message>
            <location filename="../../arbitration_desk/gui/shell/instance.py" />
            <source>Another Arbitration Desk is using {home}.</source>
            <translation>另一个仲裁工作台正在使用 {home}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/instance.py" />
            <source>Only one desk can use a home at a time. To work with another home, start the desk with --home DIR or set ARBITRATION_DESK_HOME.</source>
            <translation>同一数据目录同时只能由一个工作台使用。如需使用其他数据目录，请用 --home DIR 启动工作台，或设置 ARBITRATION_DESK_HOME。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/instance.py" />
            <source>Show the open desk</source>
            <translation>显示已打开的工作台</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/instance.py" />
            <source>The open desk did not answer. Look for its window, or wait for the command using this home to end.</source>
            <translation>已打开的工作台没有响应。请找到它的窗口，或等待正在使用此数据目录的命令结束。</translation>
        </message>
    </context>
    <context>
        <name>HomeGuard</name>
        <message>
            <location filename="../../arbitration_desk/home_guard.py" />
            <source>a cloud storage provider</source>
            <translation>某个云存储服务</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/home_lock.py" />
            <source>another Arbitration Desk is using {home}; close it and try again, or use another home (--home DIR or ARBITRATION_DESK_HOME)</source>
            <translation>另一个仲裁工作台正在使用 {home}；请关闭它后重试，或使用其他数据目录（--home DIR 或 ARBITRATION_DESK_HOME）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/home_guard.py" />
            <source>the home {home} lies inside the {service} folder {folder}, which copies its files to the cloud, and case files must stay on this computer; choose a home outside it with --home DIR or the ARBITRATION_DESK_HOME environment variable</source>
            <translation>数据目录 {home} 位于 {service} 的文件夹 {folder} 中，该文件夹会把其中的文件复制到云端，而案件文件必须留在这台电脑上；请用 --home DIR 或环境变量 ARBITRATION_DESK_HOME 选择该文件夹之外的数据目录</translation>
        </message>
    </context>
    <context>
        <name>LegendDialog</name>
        <message>
            <location filename="../../arbitration_desk/gui/shell/legend.py" />
            <source>Case list legend</source>
            <translation>案件列表图例</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/legend.py" />
            <source>Flags and deadline marks</source>
            <translation>标记与截止时间标识</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/legend.py" />
            <source>Your part (the column and the filter)</source>
            <translation>我的进度（列与筛选）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/legend.py" />
            <source>abuse signal</source>
            <translation>滥用迹象</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/legend.py" />
            <source>appeal</source>
            <translation>上诉案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/legend.py" />
            <source>appealed</source>
            <translation>上诉中</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/legend.py" />
            <source>due soon</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/legend.py" />
            <source>failed verification</source>
            <translation>校验失败</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/legend.py" />
            <source>overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/legend.py" />
            <source>reassigned</source>
            <translation>已改派</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/legend.py" />
            <source>unread</source>
            <translation>未读</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/legend.py" />
            <source>unsent</source>
            <translation>待发送</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;About Arbitration Desk</source>
            <translation>关于仲裁工作台(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Annotations</source>
            <translation>批注(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Automatic sync</source>
            <translation>自动同步(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Cancel sync</source>
            <translation>取消同步(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Case list</source>
            <translation>案件列表(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Deadline notifications</source>
            <translation>截止时间提醒(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Evidence list</source>
            <translation>证据列表(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Sync</source>
            <translation>同步(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>&amp;Sync now</source>
            <translation>立即同步(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>A desktop message when a case comes within 48 hours of its ruling deadline, and at start for anything overdue</source>
            <translation>案件距裁决截止时间不足 48 小时时显示桌面消息；启动时也会提示所有已逾期的案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>About Arbitration Desk</source>
            <translation>关于仲裁工作台</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Arbitration Desk {version}</source>
            <translation>仲裁工作台 {version}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Case</source>
            <comment>where a key works</comment>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Case list</source>
            <comment>where a key works</comment>
            <translation>案件列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Case list &amp;legend</source>
            <translation>案件列表图例(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Case list and case</source>
            <translation>案件列表与案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Evidence &amp;details</source>
            <translation>证据详情(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Go to the case &amp;list</source>
            <translation>转到案件列表(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Move the keyboard focus to the list of cases (Ctrl+L)</source>
            <translation>将键盘焦点移到案件列表（Ctrl+L）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Review, annotate and vote on the marketplace disputes assigned to you, online or offline.

Credential store: {backend}</source>
            <translation>审阅、批注分配给您的交易平台争议并投票，联网或离线均可。

凭据存储：{backend}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Show the annotations beside the case</source>
            <translation>在案件旁显示批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Show the evidence's facts above the viewer</source>
            <translation>在查看器上方显示证据的基本信息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Show the list of cases beside the case</source>
            <translation>在案件旁显示案件列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Show the list of evidence beside the viewer</source>
            <translation>在查看器旁显示证据列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Sign &amp;in…</source>
            <translation>登录(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Sign &amp;out…</source>
            <translation>退出登录(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Sign-out did not finish</source>
            <translation>退出登录未完成</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Sign-out did not finish: see the message.</source>
            <translation>退出登录未完成：请查看提示消息。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Signed out; all local case data was deleted.</source>
            <translation>已退出登录；所有本地案件数据均已删除。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Signed out; all local case data was deleted. {warning}</source>
            <translation>已退出登录；所有本地案件数据均已删除。{warning}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Signing out deletes all local case data from this machine: cases, messages, evidence, your private notes and any work not yet sent.

Sign out now?</source>
            <translation>退出登录将从本机删除所有本地案件数据：案件、消息、证据、您的私人笔记以及所有尚未发送的工作。

现在退出登录吗？</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Sync &amp;errors…</source>
            <translation>同步错误(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>Sync now (F5): fetch changes and send your work</source>
            <translation>立即同步（F5）：获取更新并发送您的工作</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>{title} — not signed in</source>
            <translation>{title} — 未登录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/main_window.py" />
            <source>{title} — {username} on {address}</source>
            <translation>{title} — {username}（{address}）</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>cannot reach {host}: TLS certificate not accepted ({reason}); check the address; if it is right, the server's certificate is not trusted by this computer (ask your platform operator)</source>
            <translation>无法连接 {host}：TLS 证书未被接受（{reason}）；请检查地址；如果地址无误，说明这台计算机不信任该服务器的证书（请咨询平台运营方）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>cannot reach {host}: connection refused; check the address and port, and that the platform is running</source>
            <translation>无法连接 {host}：连接被拒绝；请检查地址和端口，并确认平台正在运行</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>cannot reach {host}: name not resolved (no such host); check the spelling of the address and your network connection</source>
            <translation>无法连接 {host}：无法解析该名称（主机不存在）；请检查地址的拼写和您的网络连接</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>cannot reach {host}: network unreachable; check your network connection and that the platform is up, then try again</source>
            <translation>无法连接 {host}：网络不可达；请检查您的网络连接并确认平台正常运行，然后重试</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>cannot reach {host}: the address is not valid; check the platform address (https://host[:port])</source>
            <translation>无法连接 {host}：地址无效；请检查平台地址（https://host[:port]）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>cannot reach {host}: the connection was reset or dropped; check your network connection and that the platform is up, then try again</source>
            <translation>无法连接 {host}：连接被重置或中断；请检查您的网络连接并确认平台正常运行，然后重试</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>cannot reach {host}: the request failed ({error}); check your network connection and that the platform is up, then try again</source>
            <translation>无法连接 {host}：请求失败（{error}）；请检查您的网络连接并确认平台正常运行，然后重试</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>cannot reach {host}: the secure (TLS) connection failed ({reason}); check the address and port: the server there may not be an HTTPS server</source>
            <translation>无法连接 {host}：安全（TLS）连接失败（{reason}）；请检查地址和端口：该处的服务器可能不是 HTTPS 服务器</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>cannot reach {host}: timed out waiting for an answer; check your network connection and that the platform is up, then try again</source>
            <translation>无法连接 {host}：等待应答超时；请检查您的网络连接并确认平台正常运行，然后重试</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>cannot reach {host}: timed out while connecting; check your network connection and that the platform is up, then try again</source>
            <translation>无法连接 {host}：连接超时；请检查您的网络连接并确认平台正常运行，然后重试</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>cannot reach {host}: timed out; check your network connection and that the platform is up, then try again</source>
            <translation>无法连接 {host}：超时；请检查您的网络连接并确认平台正常运行，然后重试</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>certificate verify failed</source>
            <translation>证书验证失败</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/neterrors.py" />
            <source>handshake failed</source>
            <translation>握手失败</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>a ruling is already recorded for this case with a different document than the one you signed; yours was not filed</source>
            <translation>本案件已记录了一项裁决，其文件与您签名的不同；您的裁决未提交</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>client defect: this submission's Idempotency-Key was already used for different content; not retried. Sign the ruling again (a new key) and report the defect ({error})</source>
            <translation>客户端缺陷：此次提交的幂等键已用于不同的内容；不会重试。请重新签名该裁决（使用新的键）并报告此缺陷（{error}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>ruling {ruling} (document {sha256}) is already recorded for this case with a different document than the one you signed; yours was not filed</source>
            <translation>本案件已记录了裁决 {ruling}（文件 {sha256}），其文件与您签名的不同；您的裁决未提交</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>the annotation was changed elsewhere since you deleted it</source>
            <translation>在您删除之后，该批注已在别处被修改</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>the annotation was changed elsewhere since you edited it</source>
            <translation>在您编辑之后，该批注已在别处被修改</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>the case no longer accepts a ruling: {error}</source>
            <translation>该案件已不再接受裁决：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>the platform rejected the ruling (no check named)</source>
            <translation>平台拒绝了该裁决（未指明检查项）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>the platform rejected the ruling (no check named): {details}</source>
            <translation>平台拒绝了该裁决（未指明检查项）：{details}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>the platform rejected the ruling ({checks})</source>
            <translation>平台拒绝了该裁决（{checks}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>the platform rejected the ruling ({checks}): {details}</source>
            <translation>平台拒绝了该裁决（{checks}）：{details}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>the platform's receipt names another document or case: {receipt}</source>
            <translation>平台的回执指向了另一份文件或另一个案件：{receipt}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>the queued ruling lacks its key, metadata or document reference; sign again</source>
            <translation>排队中的裁决缺少其密钥、元数据或文件引用；请重新签名</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>the signed ruling is no longer stored intact ({error}); sign again</source>
            <translation>已签名的裁决已不再完整保存（{error}）；请重新签名</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/outbox.py" />
            <source>{error} ({details})</source>
            <translation>{error}（{details}）</translation>
        </message>
    </context>
    <context>
        <name>Outcome</name>
        <message>
            <location filename="../../arbitration_desk/documents/labels.py" />
            <source>In favour of the buyer</source>
            <translation>支持买家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/labels.py" />
            <source>In favour of the seller</source>
            <translation>支持卖家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/documents/labels.py" />
            <source>Split decision</source>
            <translation>部分支持</translation>
        </message>
    </context>
    <context>
        <name>PartyCard</name>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>Country {country}  ·  Language {language}  ·  Member since {since}</source>
            <translation>国家/地区：{country}  ·  语言：{language}  ·  注册时间：{since}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>Disputes against</source>
            <translation>被诉争议</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>Disputes opened</source>
            <translation>发起的争议</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>Last 12 months</source>
            <translation>近12个月</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>Missed deadlines</source>
            <translation>错过的截止时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>Rulings lost</source>
            <translation>败诉裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>Rulings won</source>
            <translation>胜诉裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>Signal about the {role}</source>
            <translation>关于{role}的滥用迹象</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>{role} details</source>
            <translation>{role}详情</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>{role} name</source>
            <translation>{role}名称</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary_parts.py" />
            <source>{role} party</source>
            <translation>当事方：{role}</translation>
        </message>
    </context>
    <context>
        <name>Payload</name>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>annotation</source>
            <translation>批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>annotations of case {case}</source>
            <translation>案件 {case} 的批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/transport.py" />
            <source>answer larger than allowed</source>
            <translation>平台的应答超过了允许的大小</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/transport.py" />
            <source>answer of {size} bytes is larger than allowed</source>
            <translation>平台的应答有 {size} 字节，超过了允许的大小</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>array of %n item(s) out of bounds</source>
            <translation>
                <numerusform>数组有 %n 项，超出了允许的范围</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>case list</source>
            <translation>案件列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>case {case}</source>
            <translation>案件 {case}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>case {case}: the answer is for another case</source>
            <translation>案件 {case}：平台的应答属于另一个案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>certificate</source>
            <translation>证书</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>expected a number, got {type}</source>
            <translation>应为数字，实际为 {type}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>expected a string, got {type}</source>
            <translation>应为字符串，实际为 {type}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>expected an array, got {type}</source>
            <translation>应为数组，实际为 {type}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>expected an integer, got {type}</source>
            <translation>应为整数，实际为 {type}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>expected an object, got {type}</source>
            <translation>应为对象，实际为 {type}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>expected true or false, got {type}</source>
            <translation>应为 true 或 false，实际为 {type}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>integer {value} out of range</source>
            <translation>整数 {value} 超出范围</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>member</source>
            <translation>仲裁员信息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>messages of case {case}</source>
            <translation>案件 {case} 的消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>not an RFC 3339 UTC timestamp</source>
            <translation>不是 RFC 3339 格式的 UTC 时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>number {value} out of range</source>
            <translation>数值 {value} 超出范围</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>required field missing</source>
            <translation>缺少必填字段</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>ruling receipt</source>
            <translation>裁决回执</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>rulings</source>
            <translation>裁决列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>string does not have the expected form</source>
            <translation>字符串的格式不符合要求</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>string length {length} outside {low}..{high}</source>
            <translation>字符串长度 {length} 不在 {low}..{high} 范围内</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>the CA answer holds no certificate</source>
            <translation>平台返回的 CA 应答中没有证书</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>the CRL answer is empty</source>
            <translation>平台返回的吊销列表（CRL）应答为空</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/bodies.py" />
            <source>the answer is nested too deeply (more than {levels} levels)</source>
            <translation>平台的应答嵌套过深（超过 {levels} 层）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/bodies.py" />
            <source>the answer is not JSON</source>
            <translation>平台的应答不是 JSON</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/bodies.py" />
            <source>the answer is too large ({size} bytes; at most {limit} are accepted)</source>
            <translation>平台的应答过大（{size} 字节；最多接受 {limit} 字节）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/tokens.py" />
            <source>token answer malformed: {error}</source>
            <translation>令牌应答格式有误：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/tokens.py" />
            <source>token answer: {error}</source>
            <translation>令牌应答：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>vote</source>
            <translation>投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>votes of case {case}</source>
            <translation>案件 {case} 的投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>{count} entries, at most {maximum}</source>
            <translation>共 {count} 个条目，最多允许 {maximum} 个</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/shapes/base.py" />
            <source>{pointer}: {reason}</source>
            <translation>{pointer}：{reason}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>{what}, item {index}</source>
            <translation>{what}，第 {index} 项</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/client.py" />
            <source>{what}: {error}</source>
            <translation>{what}：{error}</translation>
        </message>
    </context>
    <context>
        <name>PdfPages</name>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/pdf_pages.py" />
            <source>Evidence document</source>
            <translation>证据文档</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/pdf_pages.py" />
            <source>Page {page}</source>
            <translation>第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/pdf_pages.py" />
            <source>Page {page} cannot be shown: {reason}</source>
            <translation>第 {page} 页无法显示：{reason}</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/preview.py" />
            <source>No preview yet.</source>
            <translation>暂无预览。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/preview.py" />
            <source>No preview.</source>
            <translation>无预览。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/preview.py" />
            <source>PDF preview</source>
            <translation>PDF预览</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/preview.py" />
            <source>Preview pages</source>
            <translation>预览页面</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/preview.py" />
            <source>Preview status</source>
            <translation>预览状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/preview.py" />
            <source>Preview — {pages} page(s), the signed ruling</source>
            <translation>预览——共{pages}页，已签名裁决书</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/preview.py" />
            <source>Preview — {pages} page(s), unsigned</source>
            <translation>预览——共{pages}页，未签署</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/preview.py" />
            <source>The preview cannot be shown.</source>
            <translation>无法显示预览。</translation>
        </message>
    </context>
    <context>
        <name>PlatformError</name>
        <message>
            <location filename="../../arbitration_desk/platform/download.py" />
            <source>Content-Range does not continue the partial file</source>
            <translation>Content-Range 与已下载的部分文件不衔接</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/download.py" />
            <source>ETag {etag} does not name the expected content</source>
            <translation>ETag {etag} 与预期的内容不符</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/credentials.py" />
            <source>No usable credential store: keyring offers {backend}, which is not an operating-system store. Arbitration Desk keeps tokens and keys only in the operating system's credential store (Secret Service/GNOME Keyring or KWallet on Linux, Keychain on macOS, Credential Manager on Windows). Start or unlock one. To use another keyring backend anyway, name it explicitly with PYTHON_KEYRING_BACKEND=&lt;module.Class&gt; or in keyringrc.cfg (see the keyring documentation).</source>
            <translation>没有可用的凭据存储：keyring 提供的是 {backend}，它不是操作系统的凭据存储。Arbitration Desk 只把令牌和密钥保存在操作系统的凭据存储中（Linux 上为 Secret Service/GNOME Keyring 或 KWallet，macOS 上为钥匙串，Windows 上为凭据管理器）。请启动或解锁其中一个。如仍要使用其他 keyring 后端，请用 PYTHON_KEYRING_BACKEND=&lt;module.Class&gt; 或在 keyringrc.cfg 中明确指定（参见 keyring 的文档）。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/urls.py" />
            <source>Not a platform address: {address}. Use https://host[:port].</source>
            <translation>不是平台地址：{address}。请使用 https://host[:port]。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/tokens.py" />
            <source>Not signed in.</source>
            <translation>尚未登录。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/urls.py" />
            <source>Refusing plain http:// to {host}: the platform must be reached over HTTPS (plain HTTP is accepted only for loopback addresses such as 127.0.0.1).</source>
            <translation>拒绝以明文 http:// 连接 {host}：必须通过 HTTPS 访问平台（明文 HTTP 仅允许用于 127.0.0.1 等本机回环地址）。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/credentials.py" />
            <source>The credential store failed while deleting the home's data key: {error}</source>
            <translation>删除本地数据密钥时凭据存储出错：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/credentials.py" />
            <source>The credential store failed while reading the home's data key: {error}</source>
            <translation>读取本地数据密钥时凭据存储出错：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/credentials.py" />
            <source>The credential store failed while storing the home's data key: {error}</source>
            <translation>保存本地数据密钥时凭据存储出错：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/credentials.py" />
            <source>The credential store failed: {error}</source>
            <translation>凭据存储出错：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/credentials.py" />
            <source>The credential store refused the secret: {error}</source>
            <translation>凭据存储拒绝保存该机密：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/urls.py" />
            <source>The platform address must not contain credentials, a query or a fragment.</source>
            <translation>平台地址不得包含凭据、查询参数或片段（#）。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/tokens.py" />
            <source>Your session has ended; please sign in again.</source>
            <translation>您的会话已结束，请重新登录。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/transport.py" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/download.py" />
            <source>more bytes than the listed {listed}</source>
            <translation>收到的字节数超过了列出的 {listed}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/credentials.py" />
            <source>none usable (keyring offers {backend}, which is not an operating-system store)</source>
            <translation>无可用存储（keyring 提供的是 {backend}，它不是操作系统的凭据存储）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/credentials.py" />
            <source>none usable: the keyring configuration fails ({error})</source>
            <translation>无可用存储：keyring 配置出错（{error}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/download.py" />
            <source>size {size} differs from the listed {listed} bytes</source>
            <translation>大小 {size} 与列出的 {listed} 字节不符</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/download.py" />
            <source>the ETag names content {sha256}</source>
            <translation>ETag 指向的是另一份内容 {sha256}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/download.py" />
            <source>the download did not complete</source>
            <translation>下载未能完成</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/download.py" />
            <source>the download kept failing: {error}</source>
            <translation>下载屡次失败：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/download.py" />
            <source>the downloaded file's SHA-256 is {actual}, not the listed {listed}</source>
            <translation>下载文件的 SHA-256 为 {actual}，而不是列出的 {listed}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/download.py" />
            <source>unexpected answer {status} to a download</source>
            <translation>下载收到意外的应答 {status}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/credentials.py" />
            <source>{backend} (chosen explicitly; not an operating-system store)</source>
            <translation>{backend}（已明确指定；不是操作系统的凭据存储）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/errors.py" />
            <source>{message}</source>
            <translation>{message}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/errors.py" />
            <source>{message} (request {request_id})</source>
            <translation>{message}（请求 {request_id}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/session_file.py" />
            <source>{path} is unreadable ({error}); sign in again</source>
            <translation>无法读取 {path}（{error}），请重新登录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/transport.py" />
            <source>{status} {title}</source>
            <translation>{status} {title}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/platform/transport.py" />
            <source>{status} {title}: {detail}</source>
            <translation>{status} {title}：{detail}</translation>
        </message>
    </context>
    <context>
        <name>ReassignedNotice</name>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>All local data of this case, including your unsent work, will be deleted. Copy your text first if you need it.

Delete the case from this machine?</source>
            <translation>此案件的全部本地数据（包括您待发送的工作）都将被删除。如有需要，请先复制您的文本。

要从本机删除此案件吗？</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Annotation:
{body}</source>
            <translation>批注：
{body}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Copy my text</source>
            <translation>复制我的文本</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Copy my unsent text</source>
            <translation>复制我待发送的文本</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Deletion of one of your annotations</source>
            <translation>删除您的一条批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Dismiss and delete</source>
            <translation>关闭并删除</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Dismiss reassignment notice</source>
            <translation>关闭改派提示</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Dismiss the reassigned case</source>
            <translation>关闭已改派的案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Loading your unsent work…</source>
            <translation>正在加载您待发送的工作…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Nothing unsent.</source>
            <translation>没有待发送的内容。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Reassigned case notice</source>
            <translation>已改派案件提示</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Reassignment notice</source>
            <translation>改派提示</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>This case was reassigned; your unsent work cannot be submitted.</source>
            <translation>此案件已改派，您待发送的工作无法再提交。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Vote: {outcome} {amount} {currency}
Rationale:
{rationale}</source>
            <translation>投票：{outcome} {amount} {currency}
理由：
{rationale}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/reassigned_notice.py" />
            <source>Your unsent work</source>
            <translation>您待发送的工作</translation>
        </message>
    </context>
    <context>
        <name>RecordsModel</name>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>Appeal</source>
            <translation>上诉</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>Appeal ruling: decides on {ruling} (final)</source>
            <translation>上诉裁决：就{ruling}作出裁决（终局）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>Appeal ruling: replaces {ruling} (final)</source>
            <translation>上诉裁决：撤销并改判{ruling}（终局）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>Appeal ruling: upholds {ruling} (final)</source>
            <translation>上诉裁决：维持{ruling}（终局）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>Appeal ruling: {effect} {ruling} (final)</source>
            <translation>上诉裁决：{effect} {ruling}（终局）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>Award</source>
            <translation>裁决金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>Chair</source>
            <translation>首席仲裁员</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>Decided at</source>
            <translation>裁决时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>Decided on appeal by {ruling}: not final</source>
            <translation>经上诉由{ruling}裁决：非终局</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>Outcome</source>
            <translation>裁决结果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>Verdict</source>
            <translation>验证结论</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>failed</source>
            <translation>校验失败</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>not checked</source>
            <translation>未验证</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/model.py" />
            <source>valid</source>
            <translation>有效</translation>
        </message>
    </context>
    <context>
        <name>RecordsView</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>%n record(s) in the folder, {failed} failed verification.</source>
            <translation>
                <numerusform>文件夹中有%n条记录，其中{failed}条校验失败。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>&amp;Choose folder…</source>
            <translation>选择文件夹(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>&amp;Export new records</source>
            <translation>导出新记录(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Cancel the export</source>
            <translation>取消导出</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Cancelled: {exported} exported, {failed} failed, {unchanged} unchanged — %n record(s) did NOT verify (highlighted).</source>
            <translation>
                <numerusform>已取消：导出{exported}条，失败{failed}条，未变化{unchanged}条——%n条记录未通过验证（已突出显示）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Cancelled: {exported} exported, {failed} failed, {unchanged} unchanged.</source>
            <translation>已取消：导出{exported}条，失败{failed}条，未变化{unchanged}条。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Cancelling after the downloads in progress…</source>
            <translation>正在进行的下载完成后将取消…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Choose the output folder</source>
            <translation>选择输出文件夹</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Decision records</source>
            <translation>裁决记录</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Done: {exported} exported, {failed} failed, {unchanged} unchanged — %n record(s) did NOT verify (highlighted).</source>
            <translation>
                <numerusform>已完成：导出{exported}条，失败{failed}条，未变化{unchanged}条——%n条记录未通过验证（已突出显示）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Done: {exported} exported, {failed} failed, {unchanged} unchanged.</source>
            <translation>已完成：导出{exported}条，失败{failed}条，未变化{unchanged}条。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Double-click a record (or press Enter) to open its signed PDF</source>
            <translation>双击记录（或按Enter键）打开其已签名裁决书</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Export new decision records</source>
            <translation>导出新的裁决记录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Export progress</source>
            <translation>导出进度</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Export status</source>
            <translation>导出状态</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Exporting: {done} of %n record(s)…</source>
            <translation>
                <numerusform>正在导出：已完成{done}条，共%n条记录…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Listing the rulings…</source>
            <translation>正在列出裁决…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>No output folder chosen.</source>
            <translation>未选择输出文件夹。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Output folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>Output folder for decision records</source>
            <translation>裁决记录的输出文件夹</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>The export failed: {error}</source>
            <translation>导出失败：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>The folder's manifest cannot be read: {error}</source>
            <translation>无法读取该文件夹的清单：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/view.py" />
            <source>This record has no verified file (its export failed): nothing to open.</source>
            <translation>此记录没有已验证的文件（导出失败）：无可打开的内容。</translation>
        </message>
    </context>
    <context>
        <name>RulingActions</name>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/actions.py" />
            <source>&amp;Decision records…</source>
            <translation>裁决记录(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/actions.py" />
            <source>&amp;Record ruling…</source>
            <translation>录入裁决(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/actions.py" />
            <source>&amp;Rulings</source>
            <translation>裁决(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/actions.py" />
            <source>&amp;Verify a ruling PDF…</source>
            <translation>验证裁决书PDF(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/actions.py" />
            <source>nobody is signed in: sign in first</source>
            <translation>尚无人登录：请先登录</translation>
        </message>
    </context>
    <context>
        <name>RulingButton</name>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/button.py" />
            <source>Draft, preview, sign and file the panel's ruling (chair only)</source>
            <translation>起草、预览、签署并提交仲裁庭的裁决（仅限首席仲裁员）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/button.py" />
            <source>Record r&amp;uling…</source>
            <translation>录入裁决(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/button.py" />
            <source>Record the ruling of this case</source>
            <translation>录入本案件的裁决</translation>
        </message>
    </context>
    <context>
        <name>RulingDialog</name>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>&amp;Award to the buyer:</source>
            <translation>裁决给买家的金额(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>&amp;Findings of fact (plain text, optional):</source>
            <translation>事实认定（纯文本，可选）(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>&amp;Reasons (plain text):</source>
            <translation>理由（纯文本）(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>&amp;Sign again and file…</source>
            <translation>重新签署并提交(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>&amp;Sign and file…</source>
            <translation>签署并提交(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>(claim unknown)</source>
            <translation>（索赔金额未知）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>(claimed: {amount})</source>
            <translation>（索赔金额：{amount}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Amount claimed</source>
            <translation>索赔金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Award amount</source>
            <translation>裁决金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Award currency</source>
            <translation>裁决金额币种</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Case of the ruling</source>
            <translation>裁决所属案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>Case {case}</source>
            <translation>案件{case}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Chat, {sender}: “{quote}”</source>
            <translation>聊天记录，{sender}：“{quote}”</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>Choose an outcome.</source>
            <translation>请选择裁决结果。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Close the ruling dialog</source>
            <translation>关闭裁决对话框</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>Composing the preview…</source>
            <translation>正在生成预览…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Confirm signing</source>
            <translation>确认签署</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Confirm: sign and file the ruling</source>
            <translation>确认：签署并提交裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Do not sign</source>
            <translation>不签署</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Document SHA-256: {sha}…</source>
            <translation>文件SHA-256：{sha}…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Drafted — not signed yet.</source>
            <translation>草稿——尚未签署。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>Edited — the preview follows in a moment…</source>
            <translation>已修改——预览即将更新…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>Enter the award as an amount such as 52.45.</source>
            <translation>请输入裁决金额，格式如52.45。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Evidence and chat lines relied &amp;on (from the annotations):</source>
            <translation>所依据的证据和聊天记录（来自批注）(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Evidence and chat lines relied on</source>
            <translation>所依据的证据和聊天记录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Evidence: {title}</source>
            <translation>证据：{title}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Failed — {error}. You may sign again.</source>
            <translation>失败——{error}。您可以重新签署。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Favor &amp;buyer</source>
            <translation>支持买家(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Favor s&amp;eller</source>
            <translation>支持卖家(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Filed — the platform recorded the ruling. Document SHA-256: {sha}…</source>
            <translation>已提交——平台已记录该裁决。文件SHA-256：{sha}…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Filed — the platform recorded the ruling. Ruling ID: {ruling}. Document SHA-256: {sha}…</source>
            <translation>已提交——平台已记录该裁决。裁决ID：{ruling}。文件SHA-256：{sha}…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Filed — the platform recorded the signed ruling.</source>
            <translation>已提交——平台已记录已签名裁决书。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Filing — the platform is receiving the ruling.</source>
            <translation>提交中——平台正在接收裁决。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Findings of the ruling</source>
            <translation>裁决的事实认定</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>Loading the case…</source>
            <translation>正在读取案件…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>No preview: {error}</source>
            <translation>无预览：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>No usable credential store: the signing key is protected by a secret kept only in the operating system's credential store, and none is available. ({error})</source>
            <translation>没有可用的凭据存储：签名密钥由仅保存在操作系统凭据存储中的密钥保护，而当前没有可用的凭据存储。（{error}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Outcome</source>
            <translation>裁决结果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Outcome: favor buyer</source>
            <translation>裁决结果：支持买家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Outcome: favor seller</source>
            <translation>裁决结果：支持卖家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Outcome: split</source>
            <translation>裁决结果：部分支持</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Reasons of the ruling</source>
            <translation>裁决理由</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Record the ruling</source>
            <translation>录入裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Rejected by the platform — failed checks: {checks}. {error} Fix them and sign again.</source>
            <translation>被平台驳回——未通过的检查：{checks}。{error}请修正后重新签署。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Ruling ID: {ruling}</source>
            <translation>裁决ID：{ruling}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Ruling form</source>
            <translation>裁决表单</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Ruling form and preview</source>
            <translation>裁决表单与预览</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>Ruling of case {case}</source>
            <translation>案件{case}的裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Ruling preview</source>
            <translation>裁决预览</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>S&amp;plit</source>
            <translation>部分支持(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Sign and fi&amp;le</source>
            <translation>签署并提交(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Sign and file the ruling</source>
            <translation>签署并提交裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>Sign the ruling “{outcome}”, award {award}, with your key and file it with the platform? A filed ruling is final.</source>
            <translation>是否用您的密钥签署裁决“{outcome}”（裁决金额{award}）并提交至平台？裁决一经提交即为终局。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>Signed</source>
            <translation>已签署</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Signed and queued — it will be filed at the next sync.</source>
            <translation>已签署并排队——将在下次同步时提交。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Signed and queued — it will be filed at the next sync. The last attempt failed: {error}</source>
            <translation>已签署并排队——将在下次同步时提交。上次尝试失败：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Signed and queued — the platform cannot be reached ({reason}); it will be filed at the next sync.</source>
            <translation>已签署并排队——无法连接平台（{reason}）；将在下次同步时提交。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>Signing and filing…</source>
            <translation>正在签署并提交…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>State of the ruling</source>
            <translation>裁决状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>The award fails the “{check}” check (claimed {claimed}).</source>
            <translation>裁决金额未通过“{check}”检查（索赔金额{claimed}）。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>The case cannot be read: {error}</source>
            <translation>无法读取该案件：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>The findings are {count} characters too long.</source>
            <translation>事实认定超出{count}个字符。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>The platform cannot be reached (offline?): {error}. Signing needs it; try again when online.</source>
            <translation>无法连接平台（是否已离线？）：{error}。签署需要连接平台，请在联网后重试。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>The platform's CA is not pinned on this machine, so nothing can be signed: {error}</source>
            <translation>本机未固定平台CA，因此无法签署：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>The reasons are {count} characters too long.</source>
            <translation>理由超出{count}个字符。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>The ruling is not complete: {error}</source>
            <translation>裁决尚不完整：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>The ruling is not complete: {error} (checks: {checks})</source>
            <translation>裁决尚不完整：{error}（检查项：{checks}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>The signed document cannot be shown.</source>
            <translation>无法显示已签名裁决书。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>The votes changed since the draft: {error}. Review the preview and sign again.</source>
            <translation>起草后投票已发生变化：{error}。请检查预览后重新签署。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Unexpected error ({kind}): {error}</source>
            <translation>意外错误（{kind}）：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Unknown state “{state}”.</source>
            <translation>未知状态“{state}”。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Verification: NOT valid — {problems}.</source>
            <translation>验证：无效——{problems}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Verification: not available.</source>
            <translation>验证：不可用。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Verification: valid — signature intact and trusted by {signer}, time-stamped {time}.</source>
            <translation>验证：有效——{signer}的签名完整且可信，时间戳为{time}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Verification: valid — signature intact and trusted by {signer}.</source>
            <translation>验证：有效——{signer}的签名完整且可信。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Verification: valid — signature intact and trusted, time-stamped {time}.</source>
            <translation>验证：有效——签名完整且可信，时间戳为{time}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>Verification: valid — signature intact and trusted.</source>
            <translation>验证：有效——签名完整且可信。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>What keeps the ruling from being signed</source>
            <translation>裁决无法签署的原因</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>What signing does</source>
            <translation>签署的效果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>What the panel found to be the facts; shown as its own section before the reasons.</source>
            <translation>仲裁庭认定的事实；作为单独一节显示在理由之前。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Why the panel decided so, in plain text.</source>
            <translation>仲裁庭作出此裁决的理由（纯文本）。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_ruling_dialog.py" />
            <source>Why the ruling cannot be recorded</source>
            <translation>无法录入裁决的原因</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/dialog.py" />
            <source>Write the reasons.</source>
            <translation>请填写理由。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>no reason given</source>
            <translation>未提供原因</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>unknown sender</source>
            <translation>未知发送者</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>unspecified</source>
            <translation>未说明</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/rulings/state.py" />
            <source>{name} (member ID {member})</source>
            <translation>{name}（仲裁员ID：{member}）</translation>
        </message>
    </context>
    <context>
        <name>RulingDocument</name>
        <message>
            <location filename="../../arbitration_desk/gui/records/document_window.py" />
            <source>Ruling — {file}</source>
            <translation>裁决书——{file}</translation>
        </message>
    </context>
    <context>
        <name>RulingDocumentWindow</name>
        <message>
            <location filename="../../arbitration_desk/gui/records/document_window.py" />
            <source>Ruling document</source>
            <translation>裁决书</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/document_window.py" />
            <source>Ruling pages</source>
            <translation>裁决书页面</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/document_window.py" />
            <source>This file could not be shown: {error}</source>
            <translation>无法显示此文件：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/document_window.py" />
            <source>Verdict</source>
            <translation>验证结论</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/document_window.py" />
            <source>Verifying the signature…</source>
            <translation>正在验证签名…</translation>
        </message>
    </context>
    <context>
        <name>RulingError</name>
        <message>
            <location filename="../../arbitration_desk/rulings/keys_pkcs11.py" />
            <source>PKCS #11 support needs the python-pkcs11 package</source>
            <translation>PKCS#11 支持需要 python-pkcs11 软件包</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys_pkcs11.py" />
            <source>cannot load the PKCS #11 module {module}: {error}</source>
            <translation>无法加载 PKCS#11 模块 {module}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys_pkcs11.py" />
            <source>cannot open the token {token}: {error}</source>
            <translation>无法打开令牌 {token}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/sign.py" />
            <source>cannot prepare the signature: {error}</source>
            <translation>无法准备签名：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys.py" />
            <source>cannot read the key file {path}: {error}</source>
            <translation>无法读取密钥文件 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/csr.py" />
            <source>cannot read {path}: {error}</source>
            <translation>无法读取 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys.py" />
            <source>cannot write the key file {path}: {error}</source>
            <translation>无法写入密钥文件 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/filing.py" />
            <source>filing now needs deliver=arbitration_desk.sync.outbox.deliver</source>
            <translation>立即提交需要 deliver=arbitration_desk.sync.outbox.deliver</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys_pkcs11.py" />
            <source>no PKCS #11 token labelled {token}: insert it</source>
            <translation>没有标签为 {token} 的 PKCS#11 令牌：请插入该令牌</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys_pkcs11.py" />
            <source>no key labelled {label} in token {token}: create one first</source>
            <translation>令牌 {token} 中没有标签为 {label} 的密钥：请先创建</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/filing.py" />
            <source>no message {message} in case {case}</source>
            <translation>案件 {case} 中没有消息 {message}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/filing.py" />
            <source>no signed ruling for case {case}</source>
            <translation>案件 {case} 没有已签名的裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/filing.py" />
            <source>no signed ruling to file for case {case}</source>
            <translation>案件 {case} 没有可提交的已签名裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/csr.py" />
            <source>no signing certificate yet: request one from the platform</source>
            <translation>尚无签名证书：请向平台申请</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys.py" />
            <source>no signing key at {path}: create one first</source>
            <translation>{path} 处没有签名密钥：请先创建</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys_pkcs11.py" />
            <source>no token PIN in the credential store: set it first</source>
            <translation>凭据存储中没有令牌 PIN：请先设置</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/commands.py" />
            <source>not a date (YYYY-MM-DD) or UTC timestamp: {text}</source>
            <translation>不是日期（YYYY-MM-DD）或 UTC 时间：{text}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/commands.py" />
            <source>not signed in: run `arbitration-desk login` first</source>
            <translation>未登录：请先运行 `arbitration-desk login`</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/ruling.py" />
            <source>not trusted</source>
            <translation>不受信任</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/sign.py" />
            <source>only SHA-256 signatures are made, not {algorithm}</source>
            <translation>只生成 SHA-256 签名，不支持 {algorithm}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/sign.py" />
            <source>the PDF cannot be signed: {error}</source>
            <translation>无法对该 PDF 签名：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/sign.py" />
            <source>the PDF is encrypted</source>
            <translation>该 PDF 已加密</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/csr.py" />
            <source>the certificate chain does not end at the pinned platform CA</source>
            <translation>证书链未终止于已固定的平台 CA</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/csr.py" />
            <source>the certificate chain is broken at {subject}: {error}</source>
            <translation>证书链在 {subject} 处断开：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/csr.py" />
            <source>the certificate comes without its issuer chain</source>
            <translation>证书缺少其签发者证书链</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/csr.py" />
            <source>the certificate has expired</source>
            <translation>证书已过期</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/filing.py" />
            <source>the certificate is for {holder}, not for you ({member})</source>
            <translation>该证书属于 {holder}，而不是您（{member}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/ruling.py" />
            <source>the certificate is for {signer}, not the chair {chair}</source>
            <translation>该证书属于 {signer}，而不是首席仲裁员 {chair}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys.py" />
            <source>the credential store refused the key passphrase: {error}</source>
            <translation>凭据存储拒绝保存密钥口令：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/csr.py" />
            <source>the issued certificate is not for this signing key</source>
            <translation>签发的证书不属于此签名密钥</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys.py" />
            <source>the key file {path} cannot be decrypted: {error}</source>
            <translation>无法解密密钥文件 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys.py" />
            <source>the key file {path} does not hold an EC P-256 key</source>
            <translation>密钥文件 {path} 中不是 EC P-256 密钥</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys.py" />
            <source>the key passphrase is in the OS credential store: {error}</source>
            <translation>密钥口令保存在操作系统的凭据存储中：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys_pkcs11.py" />
            <source>the key {label} is gone from token {token}</source>
            <translation>密钥 {label} 已不在令牌 {token} 中</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/csr.py" />
            <source>the platform did not issue a certificate: {error}</source>
            <translation>平台未签发证书：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/filing.py" />
            <source>the ruling of case {case} is already filed</source>
            <translation>案件 {case} 的裁决已提交</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/filing.py" />
            <source>the ruling of case {case} is already filing</source>
            <translation>案件 {case} 的裁决正在提交</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/filing.py" />
            <source>the ruling of case {case} is already signed</source>
            <translation>案件 {case} 的裁决已签名</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/filing.py" />
            <source>the ruling of case {case} is already {state}</source>
            <translation>案件 {case} 的裁决已处于 {state} 状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/filing.py" />
            <source>the ruling's vote tally does not match the recorded votes</source>
            <translation>裁决中的投票统计与已记录的投票不符</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/filing.py" />
            <source>the saved certificate is expiring, or not for this member</source>
            <translation>保存的证书即将过期，或不属于此仲裁员</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/csr.py" />
            <source>the saved certificate is not for the current signing key</source>
            <translation>保存的证书不属于当前签名密钥</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/ruling.py" />
            <source>the signed ruling does not verify: {problems}</source>
            <translation>已签名的裁决未通过验证：{problems}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys.py" />
            <source>the signing key is not an EC key</source>
            <translation>签名密钥不是 EC 密钥</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys.py" />
            <source>the signing key needs the OS credential store for its passphrase; no key was created. {error}</source>
            <translation>签名密钥的口令需要保存在操作系统的凭据存储中；未创建密钥。{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys.py" />
            <source>the signing key's passphrase is missing from the credential store; create a new key</source>
            <translation>凭据存储中缺少签名密钥的口令；请创建新密钥</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/sign.py" />
            <source>the time-stamp answer is not a TimeStampResp: {error}</source>
            <translation>时间戳应答不是 TimeStampResp：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/sign.py" />
            <source>the time-stamp authority refused: {status}</source>
            <translation>时间戳服务拒绝了请求：{status}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/sign.py" />
            <source>the time-stamp authority refused: {status}: {text}</source>
            <translation>时间戳服务拒绝了请求：{status}：{text}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/sign.py" />
            <source>the time-stamp request failed: {error}</source>
            <translation>时间戳请求失败：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys_pkcs11.py" />
            <source>the token PIN is kept in the OS credential store: {error}</source>
            <translation>令牌 PIN 保存在操作系统的凭据存储中：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys_pkcs11.py" />
            <source>the token could not generate the key: {error}</source>
            <translation>令牌无法生成密钥：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys_pkcs11.py" />
            <source>the token refused the PIN</source>
            <translation>令牌拒绝了 PIN</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/keys_pkcs11.py" />
            <source>the token refused to sign: {error}</source>
            <translation>令牌拒绝签名：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/filing.py" />
            <source>the votes changed since the draft was prepared: review them and prepare it again</source>
            <translation>草稿准备后投票已变更：请查看投票并重新准备草稿</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/ruling.py" />
            <source>{problems}; {problem}</source>
            <translation>{problems}；{problem}</translation>
        </message>
    </context>
    <context>
        <name>RulingPanel</name>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>&amp;Open signed ruling</source>
            <translation>打开已签名裁决书(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>In favour of the buyer</source>
            <translation>支持买家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>In favour of the seller</source>
            <translation>支持卖家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>It is listed, downloaded and verified at the next sync.</source>
            <translation>将在下次同步时列出、下载并验证。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>NOT relied on — the platform lists a document (SHA-256 {listed}) other than the one the appeal names ({named}).</source>
            <translation>不予采信——平台列出的文件（SHA-256 {listed}）与上诉所指的文件（{named}）不一致。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Open ruling &amp;appealed against</source>
            <translation>打开被上诉的裁决(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Open ruling appealed against</source>
            <translation>打开被上诉的裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Open signed ruling</source>
            <translation>打开已签名裁决书</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Recorded ruling</source>
            <translation>已记录的裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Replaces the first ruling (final).</source>
            <translation>撤销一审裁决并改判（终局）。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Ruling</source>
            <translation>裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Ruling appealed against</source>
            <translation>被上诉的裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Ruling appealed against — case {reference}</source>
            <translation>被上诉的裁决——案件{reference}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Ruling appealed against: not listed by the platform yet.</source>
            <translation>被上诉的裁决：平台尚未列出。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Ruling appealed against: {reference}, recorded {date} — {outcome}; {award}.</source>
            <translation>被上诉的裁决：{reference}，于{date}记录——{outcome}；{award}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Ruling recorded {date} — {outcome}; {award}. Chair: {chair}.</source>
            <translation>裁决已于{date}记录——{outcome}；{award}。首席仲裁员：{chair}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Ruling — case {reference}</source>
            <translation>裁决——案件{reference}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Show the signed PDF of the first panel's ruling, with its verification</source>
            <translation>显示一审仲裁庭裁决的已签名PDF及其验证结果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Show the signed PDF the chair filed, with its verification</source>
            <translation>显示首席仲裁员提交的已签名PDF及其验证结果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Signature: NOT verified — {reason}</source>
            <translation>签名：未验证——{reason}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Signature: VALID — signed by {signer}; {revocation}.</source>
            <translation>签名：有效——由{signer}签署；{revocation}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Signature: verifying…</source>
            <translation>签名：正在验证…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Signature: {verdict}</source>
            <translation>签名：{verdict}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Split decision</source>
            <translation>部分支持</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>The signed PDF is downloaded at the next sync (last attempt: {error}).</source>
            <translation>已签名PDF将在下次同步时下载（上次尝试：{error}）。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>The signed PDF is downloaded at the next sync.</source>
            <translation>已签名PDF将在下次同步时下载。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>Upholds the first ruling (final).</source>
            <translation>维持一审裁决（终局）。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>award {amount}</source>
            <translation>裁决金额{amount}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>nothing awarded</source>
            <translation>无裁决金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>the signed PDF cannot be verified: {error}</source>
            <translation>无法验证已签名PDF：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/ruling_panel.py" />
            <source>the signer</source>
            <translation>签署人</translation>
        </message>
    </context>
    <context>
        <name>SearchHitsModel</name>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/search_hits.py" />
            <source>Annotation</source>
            <translation>批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/search_hits.py" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/search_hits.py" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/search_hits.py" />
            <source>Private note</source>
            <translation>私人笔记</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/search_hits.py" />
            <source>Sent {when}</source>
            <translation>发送于{when}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/search_hits.py" />
            <source>{kind} (description)</source>
            <translation>{kind}（描述）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/search_hits.py" />
            <source>{kind} (quoted)</source>
            <translation>{kind}（引文）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/search_hits.py" />
            <source>{kind} (translation)</source>
            <translation>{kind}（译文）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/search_hits.py" />
            <source>{reference} · {kind}: {snippet}</source>
            <translation>{reference} · {kind}：{snippet}</translation>
        </message>
    </context>
    <context>
        <name>ShortcutCollector</name>
        <message>
            <location filename="../../arbitration_desk/gui/shell/shortcuts.py" />
            <source>Everywhere</source>
            <translation>全局</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/shortcuts.py" />
            <source>Go to {control}</source>
            <translation>转到“{control}”</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/shortcuts.py" />
            <source>Open the {menu} menu</source>
            <translation>打开“{menu}”菜单</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/shortcuts.py" />
            <source>Show the {tab} tab</source>
            <translation>显示“{tab}”选项卡</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/shortcuts.py" />
            <source>{action} ({menu} menu)</source>
            <translation>{action}（“{menu}”菜单）</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../arbitration_desk/gui/shell/shortcuts.py" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/shortcuts.py" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/shortcuts.py" />
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/shortcuts.py" />
            <source>Keys of the main window; Tab and Shift+Tab move between the controls.</source>
            <translation>主窗口的按键；用 Tab 和 Shift+Tab 在各控件之间移动。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/shortcuts.py" />
            <source>Where</source>
            <translation>适用位置</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>&amp;One-time password</source>
            <translation>一次性密码(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>&amp;User name</source>
            <translation>用户名(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>6-digit code from your authenticator</source>
            <translation>身份验证器中的 6 位验证码</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/sign_in_dialog.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>Dialog buttons</source>
            <translation>对话框按钮</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>Hint</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>One-time password</source>
            <translation>一次性密码</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>Platform &amp;address</source>
            <translation>平台地址(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>Platform address</source>
            <translation>平台地址</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <location filename="../../arbitration_desk/gui/shell/self_test.py" />
            <location filename="../../arbitration_desk/gui/shell/sign_in_dialog.py" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>Sign in to the arbitration platform</source>
            <translation>登录仲裁平台</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>Sign in — Arbitration Desk</source>
            <translation>登录 — 仲裁工作台</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>Sign-in error</source>
            <translation>登录错误</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/sign_in_dialog.py" />
            <source>Sign-in failed: {error}</source>
            <translation>登录失败：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>Sign-in progress</source>
            <translation>登录进度</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/sign_in_dialog.py" />
            <source>The local data cannot be prepared: {error}</source>
            <translation>无法准备本地数据：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/sign_in_dialog.py" />
            <source>The one-time password was not accepted; enter the current code.</source>
            <translation>一次性密码未被接受，请输入当前的验证码。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/sign_in_dialog.py" />
            <source>The platform cannot be reached: {error}</source>
            <translation>无法连接平台：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/sign_in_dialog.py" />
            <source>The platform refused the sign-in: {error}</source>
            <translation>平台拒绝了登录：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/sign_in_dialog.py" />
            <source>The sign-in failed: {error}</source>
            <translation>登录失败：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/sign_in_dialog.py" />
            <source>The user name, password or one-time password is not correct.</source>
            <translation>用户名、密码或一次性密码不正确。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/sign_in_dialog.py" />
            <source>This account needs a one-time password: enter the code from your authenticator.</source>
            <translation>此账户需要一次性密码：请输入身份验证器中的验证码。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>Your password and one-time password are never stored. Signing in as another member deletes the local data of the previous one.</source>
            <translation>密码和一次性密码均不会被保存。以另一位仲裁员的身份登录，将删除上一位仲裁员的本地数据。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_sign_in_dialog.py" />
            <source>https://platform.example</source>
            <translation>https://platform.example</translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <location filename="../../arbitration_desk/store/home.py" />
            <source>Nothing readable remains: the case files are gone; the leftover key protects nothing.</source>
            <translation>已没有可读取的数据：案件文件已删除；残留的密钥不再保护任何数据。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/home.py" />
            <source>Nothing readable remains: the files left are encrypted with a key that no longer exists; the desk removes them at its next start, or delete them by hand.</source>
            <translation>已没有可读取的数据：剩余文件由一个已不存在的密钥加密；工作台会在下次启动时删除它们，您也可以手动删除。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/home.py" />
            <source>The case data is still readable with that key. Make the home writable and sign out again, or delete the folder by hand and remove the entry 'arbitration-desk' from the credential store.</source>
            <translation>用该密钥仍可读取案件数据。请让数据目录可写后再次退出登录，或手动删除该文件夹，并从凭据存储中移除条目“arbitration-desk”。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/home.py" />
            <source>The home's data key could not be deleted from the credential store ({problem}).</source>
            <translation>无法从凭据存储中删除此数据目录的数据密钥（{problem}）。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/home.py" />
            <source>The local case data was erased.</source>
            <translation>本地案件数据已清除。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/store/home.py" />
            <source>These files could not be removed ({problem}): {files} and %n more.</source>
            <translation>
                <numerusform>以下文件无法删除（{problem}）：{files}，以及另外 %n 个文件。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/home.py" />
            <source>These files could not be removed ({problem}): {files}.</source>
            <translation>以下文件无法删除（{problem}）：{files}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/rulings.py" />
            <source>a ruling of case {case} is already filed</source>
            <translation>案件 {case} 的裁决已提交</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/rulings.py" />
            <source>a ruling of case {case} is already filing</source>
            <translation>案件 {case} 的裁决正在提交</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/rulings.py" />
            <source>a ruling of case {case} is already signed</source>
            <translation>案件 {case} 的裁决已签名</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/rulings.py" />
            <source>a ruling of case {case} is already {state}</source>
            <translation>案件 {case} 的裁决已处于 {state} 状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/legacy.py" />
            <source>an evidence file changed while it was being encrypted: {path}</source>
            <translation>证据文件在加密过程中发生了变化：{path}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>applying a case page</source>
            <translation>应用一页案件列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>applying annotations</source>
            <translation>应用批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/blobs.py" />
            <source>cannot read staged download {key}: {error}</source>
            <translation>无法读取暂存的下载 {key}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/blobs.py" />
            <source>cannot reopen {file} to make it durable: {error}</source>
            <translation>无法重新打开 {file} 以将其可靠写入磁盘：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/blobs.py" />
            <source>cannot store the download of {sha256}: {error}</source>
            <translation>无法保存 {sha256} 的下载内容：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/errors.py" />
            <source>case not in the local store: {case}</source>
            <translation>本地数据中没有该案件：{case}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/rulings.py" />
            <source>case {case} does not accept a ruling (status {status})</source>
            <translation>案件 {case} 不接受裁决（状态 {status}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/annotation_ops.py" />
            <source>case {case} does not accept annotations (status {status})</source>
            <translation>案件 {case} 不接受批注（状态 {status}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/votes.py" />
            <source>case {case} is not in deliberation (status {status})</source>
            <translation>案件 {case} 不在评议阶段（状态 {status}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/annotation_ops.py" />
            <location filename="../../arbitration_desk/store/votes.py" />
            <source>case {case} was reassigned; it is read-only</source>
            <translation>案件 {case} 已被重新分配，现为只读</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/legacy.py" />
            <source>converting the local data to encrypted storage failed: {error}</source>
            <translation>将本地数据转换为加密存储失败：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/search_facet.py" />
            <source>counting messages to index</source>
            <translation>统计待索引的消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/outbox_facet.py" />
            <source>counting the outbox</source>
            <translation>统计发件箱</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/work_facet.py" />
            <source>creating a note</source>
            <translation>创建笔记</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/work_facet.py" />
            <source>creating an annotation</source>
            <translation>创建批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>deleting a case</source>
            <translation>删除案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/work_facet.py" />
            <source>deleting an annotation</source>
            <translation>删除批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/work_facet.py" />
            <source>editing an annotation</source>
            <translation>编辑批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/search_facet.py" />
            <source>indexing messages for search</source>
            <translation>为搜索建立消息索引</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>listing annotations</source>
            <translation>列出批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>listing cases</source>
            <translation>列出案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>listing downloads</source>
            <translation>列出待下载内容</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>listing evidence</source>
            <translation>列出证据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>listing stale cases</source>
            <translation>列出需要更新的案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>marking evidence verified</source>
            <translation>将证据标记为已验证</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/work_facet.py" />
            <source>marking the case viewed</source>
            <translation>将案件标记为已查看</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/schema.py" />
            <source>migration steps must be numbered 1, 2, 3, ... without gaps</source>
            <translation>迁移步骤必须按 1、2、3……连续编号，不得间断</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/store/blobs.py" />
            <source>more than the declared %n byte(s) arrived</source>
            <translation>
                <numerusform>收到的数据超过了声明的 %n 字节</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/annotation_ops.py" />
            <source>no annotation {annotation} in case {case}</source>
            <translation>案件 {case} 中没有批注 {annotation}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/home.py" />
            <source>no credential store</source>
            <translation>没有凭据存储</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>no evidence {evidence} in case {case}</source>
            <translation>案件 {case} 中没有证据 {evidence}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/home.py" />
            <source>no key</source>
            <translation>没有密钥</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/outbox.py" />
            <source>no outbox item {item}</source>
            <translation>发件箱中没有条目 {item}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/rulings.py" />
            <source>no ruling submission for outbox item {item}</source>
            <translation>发件箱条目 {item} 没有对应的裁决提交</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/blobs.py" />
            <source>no staged download {key}</source>
            <translation>没有暂存的下载 {key}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/blobs.py" />
            <source>no verified content {sha256}</source>
            <translation>没有已验证的内容 {sha256}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>no verified file for {sha256}</source>
            <translation>没有 {sha256} 的已验证文件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/blobs.py" />
            <source>not a lowercase hex SHA-256: {text}</source>
            <translation>不是小写十六进制的 SHA-256：{text}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/blobs.py" />
            <source>not a valid staging key: {key}</source>
            <translation>不是有效的暂存键：{key}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/annotation_ops.py" />
            <source>only the author may change or delete an annotation</source>
            <translation>只有作者可以修改或删除批注</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/store.py" />
            <source>opening the local database</source>
            <translation>打开本地数据库</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/outbox.py" />
            <source>outbox item {item} is {state}, not {expected}</source>
            <translation>发件箱条目 {item} 的状态为 {state}，而不是 {expected}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>purging reassigned cases</source>
            <translation>清除已重新分配的案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/work_facet.py" />
            <source>queueing the ruling</source>
            <translation>将裁决加入发送队列</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>reading a case</source>
            <translation>读取案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>reading a message</source>
            <translation>读取一条消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>reading appeal cases</source>
            <translation>读取上诉案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>reading message order</source>
            <translation>读取消息顺序</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>reading messages</source>
            <translation>读取消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>reading recorded rulings</source>
            <translation>读取已记录的裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>reading ruling submissions</source>
            <translation>读取各次裁决提交</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>reading sync state</source>
            <translation>读取同步状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>reading the case cursor</source>
            <translation>读取案件游标</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>reading the member</source>
            <translation>读取仲裁员信息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/outbox_facet.py" />
            <source>reading the outbox</source>
            <translation>读取发件箱</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>reading the ruling submission</source>
            <translation>读取裁决提交</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>reading the rulings cursor</source>
            <translation>读取裁决游标</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>reading the vote draft</source>
            <translation>读取投票草稿</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/outbox_facet.py" />
            <source>reading unsent work</source>
            <translation>读取未发送的内容</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>reading votes</source>
            <translation>读取投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/reads_facet.py" />
            <source>reading your part in the cases</source>
            <translation>读取您在各案件中的角色</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>reconciling the case list</source>
            <translation>核对案件列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/outbox_facet.py" />
            <source>recording a failure</source>
            <translation>记录失败</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>recording a hash mismatch</source>
            <translation>记录哈希不匹配</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/outbox_facet.py" />
            <source>recording a refused ruling</source>
            <translation>记录被拒绝的裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>recording a ruling download</source>
            <translation>记录裁决书下载</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/outbox_facet.py" />
            <source>recording delivery</source>
            <translation>记录发送结果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>recording the sync</source>
            <translation>记录同步</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/outbox_facet.py" />
            <source>recovering the outbox</source>
            <translation>恢复发件箱</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/outbox_facet.py" />
            <source>requeueing</source>
            <translation>重新排队</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>resetting the message cursor</source>
            <translation>重置消息游标</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>resetting the rulings cursor</source>
            <translation>重置裁决游标</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/work_facet.py" />
            <source>saving the vote draft</source>
            <translation>保存投票草稿</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sealed.py" />
            <source>sealed files hold at most {limit} chunks</source>
            <translation>密封文件最多容纳 {limit} 个数据块</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/search_facet.py" />
            <source>searching</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/outbox_facet.py" />
            <source>starting delivery</source>
            <translation>开始发送</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>storing a case</source>
            <translation>保存案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>storing appealed rulings</source>
            <translation>保存被上诉的裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>storing messages</source>
            <translation>保存消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>storing recorded rulings</source>
            <translation>保存已记录的裁决</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>storing the member</source>
            <translation>保存仲裁员信息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sync_facet.py" />
            <source>storing votes</source>
            <translation>保存投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/work_facet.py" />
            <source>submitting the vote</source>
            <translation>提交投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/store.py" />
            <source>the data of {home} is encrypted with a key kept by '{kept_by}', not by '{given}' (a demo home opens only with --demo)</source>
            <translation>{home} 的数据由“{kept_by}”保管的密钥加密，而不是“{given}”（演示数据目录只能用 --demo 打开）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/store.py" />
            <source>the local data of {home} is not ready to be synced</source>
            <translation>{home} 中的本地数据尚不能同步</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/errors.py" />
            <source>the local database has schema version {found}, newer than this application supports ({supported}); update the application or sign out to start afresh</source>
            <translation>本地数据库的架构版本为 {found}，高于本程序支持的版本（{supported}）；请更新本程序，或退出登录以重新开始</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/rulings.py" />
            <source>the signed ruling {sha256} did not read back intact</source>
            <translation>裁决书 {sha256} 回读时内容不完整</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/blobs.py" />
            <source>the staged download {key} disappeared: {error}</source>
            <translation>暂存的下载 {key} 已消失：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/blobs.py" />
            <source>the stored file of {sha256} cannot be read: {error}</source>
            <translation>无法读取 {sha256} 的已存文件：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/rulings.py" />
            <source>the stored signed ruling {sha256} is damaged</source>
            <translation>已保存的裁决书 {sha256} 已损坏</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/rulings.py" />
            <source>the stored signed ruling {sha256} is damaged: {error}</source>
            <translation>已保存的裁决书 {sha256} 已损坏：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/votes.py" />
            <source>the vote needs an outcome, an award and a rationale</source>
            <translation>投票需要结果、裁决金额和理由</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/db.py" />
            <source>{action} failed: malformed data ({kind}: {error})</source>
            <translation>{action}失败：数据格式错误（{kind}：{error}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/database.py" />
            <source>{action} failed: the local data is closed (it was erased or the desk is ending)</source>
            <translation>{action}失败：本地数据已关闭（已被清除，或工作台正在退出）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/db.py" />
            <source>{action} failed: {error}</source>
            <translation>{action}失败：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/blob_formats.py" />
            <source>{file} is already complete; it is finalized or reset, not appended to</source>
            <translation>{file} 已经完整；只能定稿或重置，不能再追加内容</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/store.py" />
            <source>{first} Also: {more}.</source>
            <translation>{first}另外：{more}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/home.py" />
            <source>{first} {second}</source>
            <translation>{first}{second}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sealed.py" />
            <source>{path} cannot be opened with this key (a wrong key, or a changed header)</source>
            <translation>无法用此密钥打开 {path}（密钥错误，或文件头已被修改）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/home.py" />
            <source>{path} cannot be read ({error})</source>
            <translation>无法读取 {path}（{error}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sealed.py" />
            <source>{path} has a damaged sealed-file header</source>
            <translation>{path} 的密封文件头已损坏</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sealed.py" />
            <source>{path} has sealed-file format version {version}; this desk reads {supported}</source>
            <translation>{path} 的密封文件格式版本为 {version}；本工作台只能读取版本 {supported}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sealed.py" />
            <source>{path} is already complete; a finished sealed file is not appended to</source>
            <translation>{path} 已经完整；已完成的密封文件不能再追加内容</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/home.py" />
            <source>{path} is damaged</source>
            <translation>{path} 已损坏</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sealed.py" />
            <source>{path} is incomplete or truncated (it does not end with its final chunk)</source>
            <translation>{path} 不完整或已被截断（未以最后一个数据块结尾）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sealed.py" />
            <source>{path} is incomplete or truncated (no final chunk)</source>
            <translation>{path} 不完整或已被截断（没有最后一个数据块）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sealed.py" />
            <source>{path} is not a sealed file (no sealed-file header)</source>
            <translation>{path} 不是密封文件（没有密封文件头）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sealed.py" />
            <source>{path} is not a sealed file (too short for a header)</source>
            <translation>{path} 不是密封文件（长度不足以容纳文件头）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/sealed.py" />
            <source>{path}: chunk {index} does not authenticate (the file was changed, damaged, truncated or extended)</source>
            <translation>{path}：数据块 {index} 未通过认证（文件已被修改、损坏、截断或追加）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/store/rulings.py" />
            <source>{state} is not a final failure of a submission</source>
            <translation>{state} 不是裁决提交的最终失败状态</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Amount claimed</source>
            <translation>索赔金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Buyer's statement</source>
            <translation>买家陈述</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Carrier</source>
            <translation>承运商</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Case summary</source>
            <translation>案件摘要</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Claim</source>
            <translation>索赔申请</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Delivered (carrier)</source>
            <translation>送达时间（承运商）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Escalated</source>
            <translation>提交仲裁时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Messages</source>
            <translation>消息数</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>No case selected.</source>
            <translation>未选择案件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>No procedural events recorded.</source>
            <translation>没有程序事件记录。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Opened</source>
            <translation>提出时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Order</source>
            <comment>the order's number</comment>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Paid</source>
            <translation>支付时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Parties</source>
            <translation>当事方</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Payment</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Placed</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Procedural history</source>
            <translation>程序记录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Requested remedy</source>
            <translation>请求的救济</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Responded {when}</source>
            <translation>答复于{when}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Seller's response</source>
            <translation>卖家答复</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Shipped</source>
            <translation>发货时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Shipping</source>
            <translation>物流</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Summary content</source>
            <translation>摘要内容</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Summary message</source>
            <translation>摘要提示</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>The carrier reported no tracking events.</source>
            <translation>承运商未报告任何物流跟踪记录。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>The seller has not responded formally.</source>
            <translation>卖家尚未正式答复。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>This case has not been downloaded yet. It will be after the next sync.</source>
            <translation>此案件尚未下载，将在下次同步后下载。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Total paid</source>
            <translation>实付总额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Total paid {amount}</source>
            <translation>实付总额：{amount}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Tracking events</source>
            <translation>物流跟踪记录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Tracking number</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>{event}  ·  by {actor}</source>
            <translation>{event}  ·  操作方：{actor}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/case_view/summary.py" />
            <source>… and %n more item(s)</source>
            <translation>
                <numerusform>…以及另外%n件商品</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>case list item {index}</source>
            <translation>案件列表第 {index} 项</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>case {case}</source>
            <translation>案件 {case}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>evidence {evidence} of case {case}</source>
            <translation>案件 {case} 的证据 {evidence}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>failed verification twice ({reason}); reported to platform support</source>
            <translation>两次校验失败（{reason}）；已报告给平台支持</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/evidence.py" />
            <source>more bytes than the listed {size}: {error}</source>
            <translation>字节数超过列出的 {size}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>no longer assigned to you</source>
            <translation>已不再分配给您</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>not delivered yet, will be sent at the next sync ({reason})</source>
            <translation>尚未送达，将在下次同步时发送（{reason}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>outbox item {item} ({kind})</source>
            <translation>发件箱项目 {item}（{kind}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>refused by the platform</source>
            <translation>被平台拒绝</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>the downloaded document's SHA-256 is {actual}, not the listed {listed}; it is downloaded again at the next sync</source>
            <translation>下载的文件 SHA-256 为 {actual}，而不是列出的 {listed}；将在下次同步时重新下载</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>the list of recorded rulings</source>
            <translation>已记录裁决的列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/session.py" />
            <source>the local data could no longer be read (its key is no longer in the credential store) and was deleted; any unsent work in it is lost. Sync to fetch your cases again.</source>
            <translation>本地数据已无法读取（其密钥已不在凭据存储中），已被删除；其中尚未发送的工作均已丢失。请同步以重新获取您的案件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/session.py" />
            <source>the local data was converted to encrypted storage.</source>
            <translation>本地数据已转换为加密存储。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/session.py" />
            <source>the member's tokens could not be deleted from the credential store ({error})</source>
            <translation>无法从凭据存储中删除该仲裁员的令牌（{error}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/session.py" />
            <source>the platform could not be told ({error}); the session ends when its tokens expire</source>
            <translation>无法通知平台（{error}）；会话将在其令牌过期时结束</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>the platform does not list it to this appeal's panel; looked for again at the next sync</source>
            <translation>平台未向本上诉仲裁庭列出该裁决；将在下次同步时再次查找</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>the ruling appealed against, {ruling}</source>
            <translation>被上诉的裁决 {ruling}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/session.py" />
            <source>the session file could not be removed ({error}); it holds no secret</source>
            <translation>无法删除会话文件（{error}）；其中不含任何机密</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/engine.py" />
            <source>the signed ruling {ruling}</source>
            <translation>已签名的裁决 {ruling}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/session.py" />
            <source>{error}: the platform could not be told, and the member's tokens (if any) could not be found in the credential store; sign in and out again, or revoke the session from the platform</source>
            <translation>{error}：无法通知平台，也无法在凭据存储中找到该仲裁员的令牌（如有）；请重新登录再退出，或在平台上撤销该会话</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/session.py" />
            <source>{first}; {then}</source>
            <translation>{first}；{then}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/evidence.py" />
            <source>{reason}; quarantined, it is downloaded once more at the next sync</source>
            <translation>{reason}；已隔离，将在下次同步时再下载一次</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/report.py" />
            <source>{what} of case {case}</source>
            <translation>案件 {case} 的{what}</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <location filename="../../arbitration_desk/gui/sync/controller.py" />
            <source>Sign in to sync your cases.</source>
            <translation>请登录以同步您的案件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/sync/controller.py" />
            <source>The platform cannot be reached; working offline.</source>
            <translation>无法连接平台，正在离线工作。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/sync/controller.py" />
            <source>The sync stopped: {error}</source>
            <translation>同步已停止：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/sync/controller.py" />
            <source>Your session has ended. Sign in again to keep syncing.</source>
            <translation>您的会话已结束。请重新登录以继续同步。</translation>
        </message>
    </context>
    <context>
        <name>SyncErrorsDialog</name>
        <message>
            <location filename="../../arbitration_desk/gui/sync/errors_dialog.py" />
            <source>Case ID: {case_id}</source>
            <translation>案件ID：{case_id}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/sync/errors_dialog.py" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/sync/errors_dialog.py" />
            <source>Copy all</source>
            <translation>全部复制</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/sync/errors_dialog.py" />
            <source>Copy all errors</source>
            <translation>复制全部错误</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/sync/errors_dialog.py" />
            <source>Explanation</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/sync/errors_dialog.py" />
            <source>Sync errors</source>
            <translation>同步错误</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/sync/errors_dialog.py" />
            <source>These items failed alone; everything else was synced. They are tried again at the next sync. Quote the request ID when you contact platform support.</source>
            <translation>只有这些项目未能同步，其余内容均已同步。下次同步时会重试这些项目。联系平台支持时，请提供请求ID。</translation>
        </message>
    </context>
    <context>
        <name>SyncProcess</name>
        <message>
            <location filename="../../arbitration_desk/sync/worker.py" />
            <source>an internal error ({error}); the log has the details</source>
            <translation>内部错误（{error}）；详情见日志</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/worker.py" />
            <source>the desk is gone</source>
            <translation>工作台已退出</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/worker.py" />
            <source>the desk sent a malformed message (at {where})</source>
            <translation>工作台发送了格式错误的消息（位置 {where}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/process.py" />
            <source>the sync process asked for a secret it does not need</source>
            <translation>同步进程请求了它不需要的机密</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/process.py" />
            <source>the sync process asked for another home's key</source>
            <translation>同步进程请求了另一个数据目录的密钥</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/process.py" />
            <source>the sync process could not be started ({error})</source>
            <translation>无法启动同步进程（{error}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/worker.py" />
            <source>the sync process does not keep keys</source>
            <translation>同步进程不保存密钥</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/process.py" />
            <source>the sync process ended unexpectedly (exit status {code})</source>
            <translation>同步进程意外退出（退出状态 {code}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/worker_protocol.py" />
            <source>the sync process is gone</source>
            <translation>同步进程已退出</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/worker_protocol.py" />
            <source>the sync process sent a malformed message (at {where})</source>
            <translation>同步进程发送了格式错误的消息（位置 {where}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/sync/process.py" />
            <source>the sync process was closed</source>
            <translation>同步进程已关闭</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusBar</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>%n case(s) updated</source>
            <translation>
                <numerusform>更新了 %n 个案件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>%n new message(s)</source>
            <translation>
                <numerusform>%n 条新消息</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>%n sync error(s)</source>
            <translation>
                <numerusform>%n 个同步错误</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>%n unsent</source>
            <translation>
                <numerusform>%n 项待发送</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Cancel sync</source>
            <translation>取消同步</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Connection state</source>
            <translation>连接状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Connection state icon</source>
            <translation>连接状态图标</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Downloading evidence</source>
            <translation>正在下载证据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Finishing</source>
            <translation>正在收尾</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Indexing is tried again after the next sync</source>
            <translation>下次同步后将重试编制索引</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Indexing messages for search: {done} of {total}</source>
            <translation>正在为搜索编制消息索引：{done}/{total}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Last successful sync: {when}</source>
            <translation>上次成功同步：{when}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Last sync</source>
            <translation>上次同步</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Last sync {time}</source>
            <translation>上次同步 {time}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Listing changed cases</source>
            <translation>正在列出有变更的案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Never synced</source>
            <translation>从未同步</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Not signed in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Nothing to send</source>
            <translation>没有待发送的内容</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Offline — working from local data</source>
            <translation>离线 — 正在使用本地数据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Online</source>
            <translation>在线</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Search index not up to date: {error}</source>
            <translation>搜索索引不是最新的：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Search indexing</source>
            <translation>搜索索引</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Sending your changes</source>
            <translation>正在发送您的更改</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Show sync errors</source>
            <translation>显示同步错误</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Starting sync…</source>
            <translation>正在开始同步…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Sync activity</source>
            <translation>同步活动</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Sync cancelled</source>
            <translation>同步已取消</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Sync progress</source>
            <translation>同步进度</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Syncing cases</source>
            <translation>正在同步案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Unsent changes</source>
            <translation>待发送的更改</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Until indexing ends, a search may miss the messages not yet indexed</source>
            <translation>索引完成之前，搜索可能找不到尚未编入索引的消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Up to date · {cases}, {messages}</source>
            <translation>已是最新 · {cases}，{messages}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>Your changes waiting to be delivered at the next sync</source>
            <translation>您的更改将在下次同步时发送</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>unknown error</source>
            <translation>未知错误</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>{phase} {done}/{total}</source>
            <translation>{phase} {done}/{total}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>{phase} {done}/{total} · {size_done} of {size_total}</source>
            <translation>{phase} {done}/{total} · {size_done}/{size_total}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/status_bar.py" />
            <source>{phase} · {size_done} of {size_total}</source>
            <translation>{phase} · {size_done}/{size_total}</translation>
        </message>
    </context>
    <context>
        <name>TimelineDelegate</name>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/delegate.py" />
            <source>(no name)</source>
            <translation>（无名称）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/delegate.py" />
            <source>Attachment: {evidence_id}</source>
            <translation>附件：{evidence_id}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/delegate.py" />
            <source>Attachment: {title} ({evidence_id})</source>
            <translation>附件：{title}（{evidence_id}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/delegate.py" />
            <source>Machine translation ({language})</source>
            <translation>机器翻译（{language}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/delegate.py" />
            <source>New on appeal</source>
            <translation>上诉新增</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/delegate.py" />
            <source>Original ({language})</source>
            <translation>原文（{language}）</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/model.py" />
            <source>(message removed)</source>
            <translation>（消息已删除）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/model.py" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/model.py" />
            <source>Buyer ↔ Platform</source>
            <translation>买家 ↔ 平台</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/model.py" />
            <source>Buyer ↔ Seller</source>
            <translation>买家 ↔ 卖家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/model.py" />
            <source>Platform agent</source>
            <translation>平台客服</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/model.py" />
            <source>Seller</source>
            <translation>卖家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/model.py" />
            <source>Seller ↔ Platform</source>
            <translation>卖家 ↔ 平台</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/model.py" />
            <source>Sent {when}</source>
            <translation>发送于{when}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/model.py" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/model.py" />
            <source>{role} {name}, {when}, new on appeal: {text}</source>
            <translation>{role} {name}，{when}，上诉新增：{text}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/model.py" />
            <source>{role} {name}, {when}: {text}</source>
            <translation>{role} {name}，{when}：{text}</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>%n message(s) · times in {zone}; hover a message for UTC</source>
            <translation>
                <numerusform>%n条消息 · 时间按{zone}显示；鼠标悬停在消息上可查看UTC时间</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>Annotate the selected message</source>
            <translation>批注所选消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Annotate the selected message (Ctrl+M)</source>
            <translation>批注所选消息（Ctrl+M）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Annotate…</source>
            <translation>批注…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>Annotation queued for sync.</source>
            <translation>批注已排队，将在同步时发送。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Channel filter</source>
            <translation>渠道筛选</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>Chat line of {name}, {when}</source>
            <translation>{name}的聊天消息，{when}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Chat timeline</source>
            <translation>聊天时间线</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>Could not read the chat: {error}</source>
            <translation>无法读取聊天记录：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>Loading the chat…</source>
            <translation>正在加载聊天记录…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Message selection</source>
            <translation>消息筛选</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Messages</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>New on appeal only</source>
            <translation>仅显示上诉新增</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Next hit (F3)</source>
            <translation>下一个结果（F3）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>Next search hit</source>
            <translation>下一个搜索结果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>No case selected.</source>
            <translation>未选择案件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>No hits</source>
            <translation>无结果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>No message refers to the selected evidence.</source>
            <translation>没有消息引用所选证据。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>Not saved: {error}</source>
            <translation>未保存：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Previous hit (Shift+F3)</source>
            <translation>上一个结果（Shift+F3）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>Previous search hit</source>
            <translation>上一个搜索结果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>Private note saved.</source>
            <translation>私人笔记已保存。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Search hits</source>
            <translation>搜索结果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Search the chat</source>
            <translation>搜索聊天记录</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Search the chat (text and translations)</source>
            <translation>搜索聊天记录（原文和译文）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Selection description</source>
            <translation>筛选说明</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Show all messages</source>
            <translation>显示全部消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Show only the messages sent on appeal, after the appeal was filed</source>
            <translation>只显示提起上诉之后发送的消息</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Show the messages of one channel only</source>
            <translation>只显示一个渠道的消息</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>Showing the %n message(s) that refer to the selected evidence.</source>
            <translation>
                <numerusform>正在显示引用所选证据的%n条消息。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>That message is not in the local copy of the chat.</source>
            <translation>本地聊天记录副本中没有这条消息。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>The case's chat, all channels merged by time</source>
            <translation>本案件的聊天记录，所有渠道按时间合并</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>Timeline status</source>
            <translation>时间线状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>{number} of {total}</source>
            <comment>the search hit shown, of all hits</comment>
            <translation>第{number}项，共{total}项</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/gui/timeline/view.py" />
            <source>{shown} of %n message(s) · times in {zone}; hover a message for UTC</source>
            <translation>
                <numerusform>显示{shown}条，共%n条消息 · 时间按{zone}显示；鼠标悬停在消息上可查看UTC时间</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>▲</source>
            <translation>▲</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_timeline_view.py" />
            <source>▼</source>
            <translation>▼</translation>
        </message>
    </context>
    <context>
        <name>UnsafeImageError</name>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoder.py" />
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>a page of {width} × {height} pixels is not rendered</source>
            <translation>不渲染 {width} × {height} 像素的页面</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>a page of {width} × {height} pixels needs more memory than the decoder may use</source>
            <translation>{width} × {height} 像素的页面所需内存超出解码程序的限额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decode_worker.py" />
            <source>a request the decoder cannot read ({detail})</source>
            <translation>解码程序无法读取请求（{detail}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>it needs more memory than the decoder may use</source>
            <translation>所需内存超出解码程序的限额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoder.py" />
            <source>it needs more processor time than the decoder may use</source>
            <translation>所需处理器时间超出解码程序的限额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoder.py" />
            <source>it took longer than {seconds} s to decode</source>
            <translation>解码耗时超过 {seconds} 秒</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <location filename="../../arbitration_desk/gui/evidence/thumbnails.py" />
            <source>no preview for {kind}</source>
            <translation>{kind}无法预览</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>not an image ({kind})</source>
            <translation>不是图片（{kind}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>the PDF cannot be read</source>
            <translation>无法读取该 PDF</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoder.py" />
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>the PDF has no page {page}</source>
            <translation>该 PDF 没有第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>the PDF has no pages</source>
            <translation>该 PDF 没有任何页面</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>the PDF is protected by a password</source>
            <translation>该 PDF 受密码保护</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>the PDF page cannot be rendered</source>
            <translation>无法渲染该 PDF 页面</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoder.py" />
            <source>the decoder answered with unreadable data</source>
            <translation>解码程序返回了无法读取的数据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoder.py" />
            <source>the decoder could not be started ({detail})</source>
            <translation>无法启动解码程序（{detail}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoder.py" />
            <source>the decoder crashed on it (the file may be malformed or need more memory than allowed)</source>
            <translation>解码程序处理时崩溃（文件可能格式有误，或所需内存超出限额）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decode_worker.py" />
            <source>the decoder failed on it ({detail})</source>
            <translation>解码程序处理时出错（{detail}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoder.py" />
            <source>the decoder is closed</source>
            <translation>解码程序已关闭</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoder.py" />
            <source>the decoder process was stopped while reading it</source>
            <translation>解码进程在读取时被终止</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoder.py" />
            <source>the decoder stopped while reading it</source>
            <translation>解码程序在读取时停止</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoder.py" />
            <source>the file is too large to show ({size} GB)</source>
            <translation>文件过大，无法显示（{size} GB）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>the image cannot be decoded ({detail})</source>
            <translation>无法解码该图片（{detail}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>the image declares {width} × {height} pixels ({megapixels} megapixels); images over {limit} megapixels are not decoded</source>
            <translation>该图片声明为 {width} × {height} 像素（{megapixels} 百万像素）；超过 {limit} 百万像素的图片不予解码</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>the image has {width} × {height} pixels and needs more memory than the decoder may use</source>
            <translation>该图片为 {width} × {height} 像素，所需内存超出解码程序的限额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoder.py" />
            <source>the stored file cannot be read ({detail})</source>
            <translation>无法读取已存储的文件（{detail}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/decoding.py" />
            <source>unreadable image header ({detail})</source>
            <translation>无法读取图片头（{detail}）</translation>
        </message>
    </context>
    <context>
        <name>Verification</name>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>/ByteRange is not four integers</source>
            <translation>/ByteRange 不是四个整数</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>/ByteRange {byte_range} is not of the form [0 a b c]</source>
            <translation>/ByteRange {byte_range} 不是 [0 a b c] 的形式</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>/Contents carries data after the DER SignedData (%n byte(s); the padding must be zeros)</source>
            <translation>
                <numerusform>/Contents 在 DER SignedData 之后带有数据（%n 字节；填充必须全为零）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>/Contents does not start with a DER SignedData</source>
            <translation>/Contents 不以 DER SignedData 开头</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>/Contents holds a truncated DER SignedData</source>
            <translation>/Contents 中的 DER SignedData 被截断</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>/SubFilter is missing, not {expected}</source>
            <translation>缺少 /SubFilter，应为 {expected}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>/SubFilter is {found}, not {expected}</source>
            <translation>/SubFilter 为 {found}，应为 {expected}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/crl_source.py" />
            <source>No pinned platform CA on this machine ({error}); sign in and sync first.</source>
            <translation>本机没有已固定的平台 CA（{error}）；请先登录并同步。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/crl_source.py" />
            <source>No pinned platform CA on this machine: {error}</source>
            <translation>本机没有已固定的平台 CA：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>REVOKED</source>
            <translation>已吊销</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/archival.py" />
            <source>an archival document time-stamp does not verify or is not trusted</source>
            <translation>某个归档文档时间戳验证失败或不受信任</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>archival copy (PAdES B-LTA)</source>
            <translation>归档副本（PAdES B-LTA）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/ca.py" />
            <source>cannot fetch the platform CA: {error}</source>
            <translation>无法获取平台 CA：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/ca.py" />
            <source>cannot read the CA file {path}: {error}</source>
            <translation>无法读取 CA 文件 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/trust.py" />
            <source>cannot read {path}: {error}</source>
            <translation>无法读取 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>filed ruling</source>
            <translation>已提交的裁决书</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/ca.py" />
            <source>malformed certificate: {error}</source>
            <translation>证书格式错误：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/ca.py" />
            <source>no PEM CERTIFICATE block found</source>
            <translation>未找到 PEM CERTIFICATE 块</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>no chain to the platform CA (issued by another CA?)</source>
            <translation>无法链接到平台 CA（是否由其他 CA 签发？）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/trust.py" />
            <source>no platform CA fingerprint is configured: run `arbitration-desk pin-ca --sha256 HEX` with the fingerprint your platform operator publishes (or set {variable})</source>
            <translation>未配置平台 CA 指纹：请用平台运营方公布的指纹运行 `arbitration-desk pin-ca --sha256 HEX`（或设置 {variable}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>not a PDF file (no %PDF- header)</source>
            <translation>不是 PDF 文件（没有 %PDF- 文件头）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/trust.py" />
            <source>not a SHA-256 fingerprint (64 hex digits): {value}</source>
            <translation>不是 SHA-256 指纹（64 位十六进制数字）：{value}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/cli_verify.py" />
            <source>not an RFC 3339 UTC timestamp: {text}</source>
            <translation>不是 RFC 3339 UTC 时间戳：{text}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>not checked</source>
            <translation>未检查</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>not checked (no CRL)</source>
            <translation>未检查（没有吊销列表）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>not established</source>
            <translation>无法确定</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>not revoked at the signing time</source>
            <translation>签名时未被吊销</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>not revoked at the signing time (CRL of {issued} UTC from {source})</source>
            <translation>签名时未被吊销（吊销列表签发于 {issued} UTC，来自{source}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>not revoked at the signing time (CRL of {issued} UTC from {source}); revoked later, at {revoked_at} UTC ({reason})</source>
            <translation>签名时未被吊销（吊销列表签发于 {issued} UTC，来自{source}）；后于 {revoked_at} UTC 被吊销（{reason}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>not revoked at the signing time; revoked later, at {revoked_at} UTC ({reason})</source>
            <translation>签名时未被吊销；后于 {revoked_at} UTC 被吊销（{reason}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/crl_source.py" />
            <source>not signed in, so the CRL was not fetched</source>
            <translation>未登录，因此未获取吊销列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/cli_verify.py" />
            <source>not signed in, so the CRL was not fetched (pass --crl FILE)</source>
            <translation>未登录，因此未获取吊销列表（请传入 --crl FILE）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/cli_verify.py" />
            <source>offline: only archival copies can show revocation</source>
            <translation>离线：只有归档副本能证明吊销状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>revocation was not checked: no CRL (go online, pass --crl FILE, or verify an archival copy)</source>
            <translation>未检查吊销状态：没有吊销列表（请联网、传入 --crl FILE，或验证归档副本）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>signed attributes missing: {names}</source>
            <translation>缺少签名属性：{names}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>signed by member {member}, not the chair {chair}</source>
            <translation>签名者为仲裁员 {member}，而非首席仲裁员 {chair}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>signing-certificate-v2 cannot be read: {error}</source>
            <translation>无法读取 signing-certificate-v2：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>signing-certificate-v2 names another certificate than the signer's (hash differs)</source>
            <translation>signing-certificate-v2 所指的证书不是签名者的证书（哈希不同）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>signing-certificate-v2 names another certificate than the signer's (issuer differs)</source>
            <translation>signing-certificate-v2 所指的证书不是签名者的证书（颁发者不同）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>signing-certificate-v2 names another certificate than the signer's (serial differs)</source>
            <translation>signing-certificate-v2 所指的证书不是签名者的证书（序列号不同）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>signing-certificate-v2 uses {algorithm}, not SHA-256 or stronger</source>
            <translation>signing-certificate-v2 使用 {algorithm}，不是 SHA-256 或更强的算法</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>the CMS certificates do not include the certificate the signer info names</source>
            <translation>CMS 证书中不包含 SignerInfo 所指的证书</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>the CMS certificates do not include the chain (the platform CA certificate)</source>
            <translation>CMS 证书中不包含证书链（平台 CA 证书）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>the CMS certificates do not include the signer's certificate</source>
            <translation>CMS 证书中不包含签名者的证书</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/revocation.py" />
            <source>the CRL ({source}) of {issued} (next update none) cannot show the certificate was unrevoked at the signing time {signed}</source>
            <translation>签发于 {issued} 的吊销列表（来自{source}，无下次更新时间）无法证明证书在签名时间 {signed} 未被吊销</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/revocation.py" />
            <source>the CRL ({source}) of {issued} (next update {next_update}) cannot show the certificate was unrevoked at the signing time {signed}</source>
            <translation>签发于 {issued} 的吊销列表（来自{source}，下次更新 {next_update}）无法证明证书在签名时间 {signed} 未被吊销</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/crl_source.py" />
            <source>the CRL could not be fetched from the platform: {error}</source>
            <translation>无法从平台获取吊销列表：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/revocation.py" />
            <source>the CRL from {source} is not a DER certificate revocation list</source>
            <translation>来自{source}的吊销列表不是 DER 格式的证书吊销列表</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/revocation.py" />
            <source>the CRL from {source} is not signed by the platform CA</source>
            <translation>来自{source}的吊销列表不是由平台 CA 签名的</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the PDF cannot be parsed: {error}</source>
            <translation>无法解析该 PDF：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the PDF is encrypted</source>
            <translation>该 PDF 已加密</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/archival.py" />
            <source>the archival additions cannot be validated: {error}</source>
            <translation>无法验证归档时添加的内容：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/archival.py" />
            <source>the archival copy adds more than validation data and time-stamps to the filed ruling</source>
            <translation>归档副本在已提交的裁决书上添加了验证数据和时间戳以外的内容</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/archival.py" />
            <source>the archival copy was modified after its last document time-stamp</source>
            <translation>归档副本在其最后一个文档时间戳之后被修改</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/archival.py" />
            <source>the archival copy's own validation data</source>
            <translation>归档副本自带的验证数据</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the certificate had expired</source>
            <translation>证书已过期</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the certificate had expired (or was not yet valid)</source>
            <translation>证书已过期（或尚未生效）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the certificate is revoked</source>
            <translation>证书已被吊销</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the certificate was not yet valid</source>
            <translation>证书尚未生效</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/revocation.py" />
            <source>the certificate was revoked at {revoked_at} ({reason}) and the signing time is not proven (no time-stamp, no platform receipt time)</source>
            <translation>证书已于 {revoked_at} 被吊销（{reason}），且签名时间未经证明（无时间戳，也无平台接收时间）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/revocation.py" />
            <source>the certificate was revoked at {revoked_at} ({reason}), at or before the signing time {signed}</source>
            <translation>证书已于 {revoked_at} 被吊销（{reason}），不晚于签名时间 {signed}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/revocation.py" />
            <source>the certificate was revoked at {revoked_at} ({reason}): a compromised key invalidates every signature not time-stamped before it</source>
            <translation>证书已于 {revoked_at} 被吊销（{reason}）：密钥泄露使所有未在此前加盖时间戳的签名失效</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>the digest algorithm is {algorithm}, not SHA-256 or stronger</source>
            <translation>摘要算法为 {algorithm}，不是 SHA-256 或更强的算法</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the embedded ruling names another chair than the signer</source>
            <translation>内嵌的裁决指明的首席仲裁员不是签名者</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the file carries %n signature(s); a ruling has exactly one</source>
            <translation>
                <numerusform>文件带有 %n 个签名；一份裁决书只应有一个签名</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the file carries no signature</source>
            <translation>文件不带任何签名</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the file does not say which case it is for (no ruling.json attached)</source>
            <translation>文件未说明属于哪个案件（未附 ruling.json）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the file was modified after signing (%n incremental update(s))</source>
            <translation>
                <numerusform>文件在签名后被修改（%n 次增量更新）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/revocation.py" />
            <source>the platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/ca.py" />
            <source>the platform CA ({fingerprints}) matches no configured SHA-256 fingerprint; it is not trusted</source>
            <translation>平台 CA（{fingerprints}）与任何已配置的 SHA-256 指纹都不匹配；不予信任</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the ruling is for case {stated}, not {expected}</source>
            <translation>该裁决属于案件 {stated}，而非 {expected}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/trust.py" />
            <source>the saved platform CA {path} matches no configured fingerprint</source>
            <translation>已保存的平台 CA {path} 与任何已配置的指纹都不匹配</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the signature cannot be validated: {error}</source>
            <translation>无法验证签名：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the signature does not cover the whole file</source>
            <translation>签名未覆盖整个文件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the signature time-stamp token could not be validated</source>
            <translation>无法验证签名时间戳令牌</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the signature time-stamp token does not verify or is not trusted</source>
            <translation>签名时间戳令牌验证失败或不受信任</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the signature value does not verify</source>
            <translation>签名值验证失败</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the signed bytes were changed: the digest does not match (not intact)</source>
            <translation>已签名的字节被改动：摘要不匹配（不完整）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the signed range ends at byte {end} but the file has {size} bytes (data appended after signing)</source>
            <translation>签名范围止于第 {end} 字节，但文件有 {size} 字节（签名后追加了数据）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>the signer's certificate has no key usage (digitalSignature or nonRepudiation is required)</source>
            <translation>签名者的证书没有密钥用途（须含 digitalSignature 或 nonRepudiation）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>the signer's certificate is a CA certificate (basicConstraints CA=true), not an end-entity one</source>
            <translation>签名者的证书是 CA 证书（basicConstraints CA=true），而非终端实体证书</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the signer's certificate is not trusted at {moment}Z: the signature itself is invalid</source>
            <translation>签名者的证书在 {moment}Z 不受信任：签名本身无效</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the signer's certificate is not trusted at {moment}Z: {reason} ({indication})</source>
            <translation>签名者的证书在 {moment}Z 不受信任：{reason}（{indication}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/signature_rules.py" />
            <source>the signer's certificate key usage allows neither digitalSignature nor nonRepudiation</source>
            <translation>签名者证书的密钥用途既不允许 digitalSignature，也不允许 nonRepudiation</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>the unsigned gap of /ByteRange is not exactly the /Contents string</source>
            <translation>/ByteRange 中未签名的间隙并非恰好是 /Contents 字符串</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/rulings/verify.py" />
            <source>validation failed</source>
            <translation>验证失败</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>&amp;Choose a PDF…</source>
            <translation>选择PDF(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Choose a PDF to verify</source>
            <translation>选择要验证的PDF</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Coverage</source>
            <translation>覆盖范围</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>File being verified</source>
            <translation>正在验证的文件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Intact</source>
            <translation>完整性</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Modified</source>
            <translation>修改情况</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>NOT valid — the file cannot be verified: {error}</source>
            <translation>无效——无法验证此文件：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>NOT valid — {problem}</source>
            <translation>无效——{problem}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>NOT valid — {problem} ({note})</source>
            <translation>无效——{problem}（{note}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>No file chosen.</source>
            <translation>未选择文件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>PDF文件 (*.pdf);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Problems found</source>
            <translation>发现的问题</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Revocation</source>
            <translation>吊销状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Signer</source>
            <translation>签署人</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Signing time</source>
            <translation>签署时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Time-stamp</source>
            <translation>时间戳</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Trust chain</source>
            <translation>信任链</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>VALID {kind} — signed by {signer}; {revocation}.</source>
            <translation>有效（{kind}）——签署人：{signer}；{revocation}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>VALID — signed by the platform-certified signer, unrevoked, intact, to every rule.</source>
            <translation>有效——由经平台认证的签署人签署，证书未吊销，文件完整，符合全部规则。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Verdict</source>
            <translation>验证结论</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Verify a ruling PDF</source>
            <translation>验证裁决书PDF</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>Verifying {file}…</source>
            <translation>正在验证{file}…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>covers the whole file</source>
            <translation>覆盖整个文件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>does not cover the whole file</source>
            <translation>未覆盖整个文件</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>issued by the pinned platform CA</source>
            <translation>由本机固定的平台CA签发</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>modified after signing</source>
            <translation>签署后已被修改</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>none (PAdES B-B)</source>
            <translation>无（PAdES B-B）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>not modified after signing</source>
            <translation>签署后未被修改</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>not stated</source>
            <translation>未注明</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>not stated in the file</source>
            <translation>文件中未注明</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>not trusted</source>
            <translation>不可信</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>the signature does not verify</source>
            <translation>签名验证未通过</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>the signature value does not verify</source>
            <translation>签名值验证未通过</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>the signature value verifies</source>
            <translation>签名值验证通过</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>the signed bytes are unchanged</source>
            <translation>已签名的字节未被更改</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>the signed bytes were changed</source>
            <translation>已签名的字节已被更改</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>the signer</source>
            <translation>签署人</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>unknown</source>
            <comment>signer</comment>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>{field}:</source>
            <translation>{field}：</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>{path} ({size} bytes)</source>
            <translation>{path}（{size}字节）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>{signer} (member {member})</source>
            <translation>{signer}（仲裁员ID：{member}）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>{time} (claimed by the signer)</source>
            <translation>{time}（由签署人声明）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>{time} — NOT valid</source>
            <translation>{time}——无效</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/records/verify_dialog.py" />
            <source>{time} — valid</source>
            <translation>{time}——有效</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../arbitration_desk/gui/shell/view_menu.py" />
            <source>&amp;Full screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/view_menu.py" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/view_menu.py" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/view_menu.py" />
            <source>Evidence viewer in its own &amp;window</source>
            <translation>在独立窗口中显示证据查看器(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/view_menu.py" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/view_menu.py" />
            <source>Same as the &amp;system</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/view_menu.py" />
            <source>Show &amp;all panels</source>
            <translation>显示所有面板(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/view_menu.py" />
            <source>Show the evidence viewer in a window to maximise or move to another screen</source>
            <translation>在独立窗口中显示证据查看器，以便最大化或移到另一块屏幕</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/view_menu.py" />
            <source>The desk will be in {language} from its next start.</source>
            <translation>工作台将在下次启动时使用{language}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/shell/view_menu.py" />
            <source>The desk's language, from its next start</source>
            <translation>工作台的界面语言，下次启动时生效</translation>
        </message>
    </context>
    <context>
        <name>ViewerWindow</name>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer_window.py" />
            <source>Evidence viewer window</source>
            <translation>证据查看器窗口</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/evidence/viewer_window.py" />
            <source>Evidence — Arbitration Desk</source>
            <translation>证据 — 仲裁工作台</translation>
        </message>
    </context>
    <context>
        <name>VoteColumn</name>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>(invalid amount)</source>
            <translation>（无效金额）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>All {quorum} members have voted; the votes are open to the panel.</source>
            <translation>全部{quorum}名仲裁员均已投票；投票结果已向仲裁庭公开。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>Award</source>
            <translation>裁决金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>Award: {amount}</source>
            <translation>裁决金额：{amount}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>Cast at</source>
            <translation>投票时间</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>Cast {when}</source>
            <translation>投票于{when}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>Has not voted yet.</source>
            <translation>尚未投票。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>Member</source>
            <translation>仲裁员</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>Not yet: {names}</source>
            <translation>未投票：{names}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>Outcome</source>
            <translation>裁决结果</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>Rationale of {name}</source>
            <translation>{name}的理由</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>Vote of {name}</source>
            <translation>{name}的投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>Vote state</source>
            <translation>投票状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>Voted: {names}</source>
            <translation>已投票：{names}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>{cast} of {quorum} voted; votes open when everyone has voted.</source>
            <translation>{quorum}人中已有{cast}人投票；全员投票后公开投票结果。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>{name} (you)</source>
            <translation>{name}（您）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/board.py" />
            <source>{outcome}  — dissent</source>
            <translation>{outcome}（异议）</translation>
        </message>
    </context>
    <context>
        <name>VotePanel</name>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Amount claimed</source>
            <translation>索赔金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Amount claimed: {amount}</source>
            <translation>索赔金额：{amount}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Award amount</source>
            <translation>裁决金额</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Award currency</source>
            <translation>裁决金额币种</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Award to the buyer:</source>
            <translation>判给买家的金额：</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Cast vote</source>
            <translation>投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Cast vote…</source>
            <translation>投票…</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Cast “{outcome}”, award {award}? Others see it only when everyone has voted; you may change it until the ruling.</source>
            <translation>确定投票“{outcome}”，裁决金额{award}？其他仲裁员要到全员投票后才能看到；作出裁决前您仍可修改。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Choose an outcome.</source>
            <translation>请选择裁决结果。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Confirm casting the vote</source>
            <translation>确认投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Confirm: cast vote</source>
            <translation>确认：投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Could not read the vote: {error}</source>
            <translation>无法读取投票：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Do not cast the vote</source>
            <translation>不投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Draft saved at {time} (not cast).</source>
            <translation>草稿已于{time}保存（尚未投票）。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Draft saved {when} (not cast).</source>
            <translation>草稿已于{when}保存（尚未投票）。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Draft state</source>
            <translation>草稿状态</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Editing… (the draft is saved as you type)</source>
            <translation>正在编辑…（草稿随输入自动保存）</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Enter the award as an amount such as 52.45.</source>
            <translation>请以金额形式输入裁决金额，例如52.45。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Favor buyer</source>
            <translation>支持买家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Favor seller</source>
            <translation>支持卖家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>No case selected.</source>
            <translation>未选择案件。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>No vote board yet; it arrives with the next sync.</source>
            <translation>尚无投票情况，将随下次同步获取。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Not voted yet.</source>
            <translation>尚未投票。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Outcome:</source>
            <translation>裁决结果：</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Outcome: favor buyer</source>
            <translation>裁决结果：支持买家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Outcome: favor seller</source>
            <translation>裁决结果：支持卖家</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Outcome: split</source>
            <translation>裁决结果：部分支持</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Queued — will be sent at the next sync.</source>
            <translation>已排队——将在下次同步时发送。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Rationale</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Rationale (required, plain text):</source>
            <translation>理由（必填，纯文本）：</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Rationale length</source>
            <translation>理由长度</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Split</source>
            <translation>部分支持</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>The award exceeds the amount claimed ({claimed}).</source>
            <translation>裁决金额超过索赔金额（{claimed}）。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>The award must be in {currency}.</source>
            <translation>裁决金额必须以{currency}计。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>The draft could not be saved: {error}</source>
            <translation>草稿无法保存：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>The rationale is {count} characters too long.</source>
            <translation>理由超出{count}个字符。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>The vote was not cast: {error}</source>
            <translation>投票未成功：{error}</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>This case was reassigned; it is read-only.</source>
            <translation>此案件已改派，处于只读状态。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Vote</source>
            <translation>投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Vote board status</source>
            <translation>投票情况</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Votes of the panel</source>
            <translation>仲裁庭成员的投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Voting is closed: the case is {status}.</source>
            <translation>投票已结束：案件状态为{status}。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Voting is unavailable: unknown case status “{status}”.</source>
            <translation>无法投票：案件状态“{status}”未知。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>What the vote still needs</source>
            <translation>投票尚需补充的内容</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Who has voted</source>
            <translation>已投票的仲裁员</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Why voting is closed</source>
            <translation>投票关闭的原因</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Why you decide this way: the facts, the evidence and the rules you rely on.</source>
            <translation>您作出此决定的理由：所依据的事实、证据和规则。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>With “favor seller” the award is 0.00.</source>
            <translation>选择“支持卖家”时，裁决金额为0.00。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Write a rationale.</source>
            <translation>请填写理由。</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/generated/ui_vote_panel.py" />
            <source>Your vote</source>
            <translation>您的投票</translation>
        </message>
        <message>
            <location filename="../../arbitration_desk/gui/voting/panel.py" />
            <source>Your vote is recorded on the platform; you may change it until the ruling.</source>
            <translation>您的投票已在平台上记录；作出裁决前您仍可修改。</translation>
        </message>
    </context>
</TS>
