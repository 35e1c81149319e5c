<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="242" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="243" />
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="244" />
        <source>Rater</source>
        <translation>Rater</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="245" />
        <source>your name</source>
        <translation>your name</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="246" />
        <source>Your ratings go to cases/ratings/&lt;name&gt;.yaml (also in Preferences)</source>
        <translation>Your ratings go to cases/ratings/&lt;name&gt;.yaml (also in Preferences)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="247" />
        <source>Save ratings</source>
        <translation>Save ratings</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="248" />
        <source>Write your ratings to your own file in cases/ratings/ (Ctrl+S)</source>
        <translation>Write your ratings to your own file in cases/ratings/ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="249" />
        <source>Write standard</source>
        <translation>Write standard</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="250" />
        <location filename="../../kb_app/gui/views/compare.py" line="825" />
        <source>Start cases/standards/&lt;kind&gt;.md from the best-rated case and the rubric</source>
        <translation>Start cases/standards/&lt;kind&gt;.md from the best-rated case and the rubric</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="251" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="252" />
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="253" />
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="254" />
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="255" />
        <source>Your rating</source>
        <translation>Your rating</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="256" />
        <source>All raters</source>
        <translation>All raters</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="257" />
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="257" />
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="257" />
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="258" />
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="374" />
        <source>Could not compare: {0}</source>
        <translation>Could not compare: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="385" />
        <source>Pick a kind of incident above, or select two to ten cases in the search results and choose Compare (Ctrl+Shift+C).</source>
        <translation>Pick a kind of incident above, or select two to ten cases in the search results and choose Compare (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="395" />
        <source>Selected cases ({0})</source>
        <translation>Selected cases ({0})</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="415" />
        <source>This kind has fewer than two cases: nothing to compare yet.</source>
        <translation>This kind has fewer than two cases: nothing to compare yet.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="421" />
        <source>No rubric “{0}” in cases/rubrics/: the cases are shown without ratings.</source>
        <translation>No rubric “{0}” in cases/rubrics/: the cases are shown without ratings.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="439" />
        <source>{0} team file(s) with problems (see the Problems panel): {1}</source>
        <translation>{0} team file(s) with problems (see the Problems panel): {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="469" />
        <source>Cases: {0}</source>
        <translation>Cases: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="485" />
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="531" />
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="540" />
        <location filename="../../kb_app/gui/views/compare.py" line="577" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="541" />
        <source>Time to resolution</source>
        <translation>Time to resolution</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="541" />
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="542" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="543" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="544" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="545" />
        <source>Stakes</source>
        <translation>Stakes</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="547" />
        <source>Soft skills</source>
        <translation>Soft skills</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="549" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="552" />
        <source>Only this case</source>
        <translation>Only this case</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="555" />
        <source>Actions, step by step</source>
        <translation>Actions, step by step</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="564" />
        <source>Against the standard: {0}</source>
        <translation>Against the standard: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="565" />
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="565" />
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="565" />
        <source>done, time not stated</source>
        <translation>done, time not stated</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="566" />
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="577" />
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="577" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="578" />
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="579" />
        <source>The cases, section by section</source>
        <translation>The cases, section by section</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="639" />
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="666" />
        <source>Not rated yet</source>
        <translation>Not rated yet</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="730" />
        <source>Could not keep the draft: {0}</source>
        <translation>Could not keep the draft: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="748" />
        <source>Enter your name as rater (top bar or Preferences) to rate.</source>
        <translation>Enter your name as rater (top bar or Preferences) to rate.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="750" />
        <source>Unsaved draft ratings: {0}, kept if the app closes. Save ratings writes ratings/{1}.yaml.</source>
        <translation>Unsaved draft ratings: {0}, kept if the app closes. Save ratings writes ratings/{1}.yaml.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="788" />
        <source>raters: {0}</source>
        <translation>raters: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="801" />
        <source>Agreement (Krippendorff's α, ordinal): {0} · raters: {1}</source>
        <translation>Agreement (Krippendorff's α, ordinal): {0} · raters: {1}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="804" />
        <source>Agreement: not measurable yet · raters: {0}</source>
        <translation>Agreement: not measurable yet · raters: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="753" />
        <source>Rating as {0}: everything is saved in ratings/{1}.yaml.</source>
        <translation>Rating as {0}: everything is saved in ratings/{1}.yaml.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="787" />
        <source>Best handled</source>
        <translation>Best handled</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="826" />
        <source>Rate the cases first: the standard starts from the best one</source>
        <translation>Rate the cases first: the standard starts from the best one</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="836" />
        <source>No ratings yet: rate the cases to see scores and agreement.</source>
        <translation>No ratings yet: rate the cases to see scores and agreement.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="837" />
        <source>One rater so far: agreement needs at least two.</source>
        <translation>One rater so far: agreement needs at least two.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="838" />
        <source>Raters agree overall (α {0}).</source>
        <translation>Raters agree overall (α {0}).</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="839" />
        <source>Raters partly agree overall (α {0}): conclusions are tentative.</source>
        <translation>Raters partly agree overall (α {0}): conclusions are tentative.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="840" />
        <source>Raters disagree overall (α {0}): compare notes before deciding.</source>
        <translation>Raters disagree overall (α {0}): compare notes before deciding.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="841" />
        <source>Every rating is the same score: no disagreement to measure.</source>
        <translation>Every rating is the same score: no disagreement to measure.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="842" />
        <source>Raters disagree on {0}: discuss it first.</source>
        <translation>Raters disagree on {0}: discuss it first.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="843" />
        <source>Raters partly agree on {0}.</source>
        <translation>Raters partly agree on {0}.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="884" />
        <source>Saved your ratings to {0}</source>
        <translation>Saved your ratings to {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="889" />
        <source>Ratings not saved: {0}</source>
        <translation>Ratings not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="913" />
        <source>Wrote {0}: edit it with the team.</source>
        <translation>Wrote {0}: edit it with the team.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="914" />
        <source>{0} already exists: opened it.</source>
        <translation>{0} already exists: opened it.</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="919" />
        <source>Could not write the standard: {0}</source>
        <translation>Could not write the standard: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="946" />
        <location filename="../../kb_app/gui/views/compare.py" line="958" />
        <source>Exported to {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="959" />
        <source>Export failed: {0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="963" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="963" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="963" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="965" />
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <source>Wrote {0}, but no program could open it: open it in a text editor.</source>
        <translation>Wrote {0}, but no program could open it: open it in a text editor.</translation>
    </message>
    <message>
        <source>{0} already exists, but no program could open it.</source>
        <translation>{0} already exists, but no program could open it.</translation>
    </message>
    <message>
        <source>Make this draft the team&apos;s standard (status: approved): the incident pane then shows it to managers as the standard</source>
        <translation>Make this draft the team&apos;s standard (status: approved): the incident pane then shows it to managers as the standard</translation>
    </message>
    <message>
        <source>There is no draft standard of this kind to approve</source>
        <translation>There is no draft standard of this kind to approve</translation>
    </message>
    <message>
        <source>Approved {0}: managers now see it as the standard.</source>
        <translation>Approved {0}: managers now see it as the standard.</translation>
    </message>
    <message>
        <source>Could not approve the standard: {0}</source>
        <translation>Could not approve the standard: {0}</translation>
    </message>
    <message>
        <source>Approve standard</source>
        <translation>Approve standard</translation>
    </message>
    <message>
        <source>Against the draft standard (not yet approved): {0}</source>
        <translation>Against the draft standard (not yet approved): {0}</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="997" />
        <source>Compare cases</source>
        <translation>Compare cases</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1023" />
        <source>Compare cases…</source>
        <translation>Compare cases…</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1024" />
        <source>Cases of one kind side by side, rated against a rubric</source>
        <translation>Cases of one kind side by side, rated against a rubric</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1025" />
        <source>Compare the selected cases</source>
        <translation>Compare the selected cases</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1026" />
        <source>Rater name</source>
        <translation>Rater name</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/views/compare.py" line="1027" />
        <source>default: git's user.name</source>
        <translation>default: git's user.name</translation>
    </message>
</context>
<context>
    <name>StandardCard</name>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="73" />
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="73" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="74" />
        <source>Show or hide the expected actions</source>
        <translation>Show or hide the expected actions</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="88" />
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="89" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="94" />
        <source>every {0}</source>
        <translation>every {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="96" />
        <source>within {0}</source>
        <translation>within {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="147" />
        <source>Standard for {0}</source>
        <translation>Standard for {0}</translation>
    </message>
    <message>
        <location filename="../../kb_app/gui/widgets/standard_card.py" line="156" />
        <source>Situations: </source>
        <translation>Situations: </translation>
    </message>
    <message>
        <source>Draft standard, not yet approved</source>
        <translation>Draft standard, not yet approved</translation>
    </message>
    <message>
        <source>The team has not approved this draft yet: read it as ideas, not as the team&apos;s standard</source>
        <translation>The team has not approved this draft yet: read it as ideas, not as the team&apos;s standard</translation>
    </message>
    <message>
        <source>(when: {0})</source>
        <translation>(when: {0})</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Original text.</source>
        <translation>Original text.</translation>
    </message>
    <message>
        <source>Show it in your script</source>
        <translation>Show it in your script</translation>
    </message>
    <message>
        <source>Converted from Simplified Chinese by OpenCC.</source>
        <translation>Converted from Simplified Chinese by OpenCC.</translation>
    </message>
    <message>
        <source>Converted from Traditional Chinese by OpenCC.</source>
        <translation>Converted from Traditional Chinese by OpenCC.</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Show the original</translation>
    </message>
</context>
</TS>