<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
  <context>
    <name>App</name>
    <message>
      <source>Opening the library…</source>
      <translation>라이브러리를 여는 중…</translation>
    </message>
    <message>
      <source>Library problem</source>
      <translation>라이브러리 문제</translation>
    </message>
    <message>
      <source>The scenario library could not be opened.</source>
      <translation>시나리오 라이브러리를 열 수 없습니다.</translation>
    </message>
    <message>
      <source>Your file has not been changed. You can open another library, create a new one, or continue without a library (you can still open and export scenario files).</source>
      <translation>파일은 변경되지 않았습니다. 다른 라이브러리를 열거나, 새 라이브러리를 만들거나, 라이브러리 없이 계속할 수 있습니다(시나리오 파일 열기와 내보내기는 그대로 가능합니다).</translation>
    </message>
    <message>
      <source>Open another library…</source>
      <translation>다른 라이브러리 열기…</translation>
    </message>
    <message>
      <source>Create a new library…</source>
      <translation>새 라이브러리 만들기…</translation>
    </message>
    <message>
      <source>Continue without a library</source>
      <translation>라이브러리 없이 계속</translation>
    </message>
    <message>
      <source>Open library</source>
      <translation>라이브러리 열기</translation>
    </message>
    <message>
      <source>New library</source>
      <translation>새 라이브러리</translation>
    </message>
    <message>
      <source>{0} already exists; existing files are never overwritten.</source>
      <translation>{0}이(가) 이미 있습니다. 기존 파일은 절대 덮어쓰지 않습니다.</translation>
    </message>
    <message>
      <source>Restore unsaved work?</source>
      <translation>저장하지 않은 작업을 복원할까요?</translation>
    </message>
    <message>
      <source>The planner closed without saving “{0}”. Restore it?</source>
      <translation>플래너가 “{0}”을(를) 저장하지 않은 채 종료되었습니다. 복원할까요?</translation>
    </message>
    <message>
      <source>If you choose No, the unsaved copy is discarded.</source>
      <translation>아니요를 선택하면 저장하지 않은 사본은 삭제됩니다.</translation>
    </message>
  </context>
  <context>
    <name>AssumptionsPanel</name>
    <message>
      <source>Central values behind every outcome. Edited values drive both the scenario and its baseline; uncertainty bands use the low–high range.</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>모든 결과 지표의 바탕이 되는 중앙값입니다. 수정한 값은 시나리오와 기준 시나리오 모두에 적용되며, 불확실성 구간은 하한–상한 범위를 사용합니다.</translation>
    </message>
    <message>
      <source>Assumption</source>
      <translation>가정</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>값</translation>
    </message>
    <message>
      <source>Low – high</source>
      <translation>하한~상한</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>단위</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>출처</translation>
    </message>
    <message>
      <source>Source: {0}</source>
      <translation>출처: {0}</translation>
    </message>
    <message>
      <source>Reset all assumptions</source>
      <translation>모든 가정 초기화</translation>
    </message>
    <message>
      <source>Reset assumptions</source>
      <translation>가정 초기화</translation>
    </message>
  </context>
  <context>
    <name>ChartGrid</name>
    <message>
      <source>Weights, normalised to 100%:</source>
      <translation>가중치(합계 100%로 정규화):</translation>
    </message>
  </context>
  <context>
    <name>ChartLegend</name>
    <message>
      <source>scenario</source>
      <translation>시나리오</translation>
    </message>
    <message>
      <source>baseline</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>기준 시나리오</translation>
    </message>
    <message>
      <source>headline year</source>
      <translation>표시 연도</translation>
    </message>
    <message>
      <source>the record {0}–{1}</source>
      <translation>실적 {0}~{1}</translation>
    </message>
    <message>
      <source>5–95% range</source>
      <translation>5~95% 구간</translation>
    </message>
    <message>
      <source>25–75% range</source>
      <translation>25~75% 구간</translation>
    </message>
  </context>
  <context>
    <name>CompareWindow</name>
    <message>
      <source>Compare scenarios</source>
      <translation>시나리오 비교</translation>
    </message>
    <message>
      <source>Working scenario: {0}</source>
      <translation>작업 중인 시나리오: {0}</translation>
    </message>
    <message>
      <source>Search the library</source>
      <translation>라이브러리 검색</translation>
    </message>
    <message>
      <source>vs baseline</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>기준 시나리오 대비</translation>
    </message>
    <message>
      <source>vs the first scenario</source>
      <translation>첫 번째 시나리오 대비</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>결과 지표</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>입력값</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>차트</translation>
    </message>
    <message>
      <source>Differences</source>
      <translation>차이</translation>
    </message>
    <message>
      <source>Inputs that differ</source>
      <translation>서로 다른 입력값</translation>
    </message>
    <message>
      <source>Add a scenario file…</source>
      <translation>시나리오 파일 추가…</translation>
    </message>
    <message>
      <source>Choose 2–4 scenarios</source>
      <translation>시나리오 2~4개 선택</translation>
    </message>
    <message>
      <source>Table year</source>
      <translation>표 기준 연도</translation>
    </message>
    <message>
      <source>Add a scenario file</source>
      <translation>시나리오 파일 추가</translation>
    </message>
    <message>
      <source>Could not read the scenario</source>
      <translation>시나리오를 읽을 수 없습니다</translation>
    </message>
    <message>
      <source>File: {0}</source>
      <translation>파일: {0}</translation>
    </message>
    <message>
      <source>{0} of {1} shown: search to find the others</source>
      <translation>{1}개 중 {0}개 표시: 나머지는 검색하여 찾으십시오</translation>
    </message>
    <message>
      <source>Tick 2 to 4 scenarios (up to 4 are shown).</source>
      <translation>시나리오를 2~4개 선택하십시오(최대 4개까지 표시됩니다).</translation>
    </message>
    <message>
      <source> (assumption)</source>
      <translation> (가정)</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <source>Connect to team library</source>
      <translation>팀 라이브러리 연결</translation>
    </message>
    <message>
      <source>The team library is a PostgreSQL database your organisation runs; ask its administrator for the address. The password comes from ~/.pgpass, PGPASSWORD or a service file, or the planner asks for it; it is never saved in the planner's settings or files. Every version you save records your name.</source>
      <translation>팀 라이브러리는 소속 기관이 운영하는 PostgreSQL 데이터베이스입니다. 주소는 관리자에게 문의하십시오. 비밀번호는 ~/.pgpass, PGPASSWORD 또는 서비스 파일에서 가져오거나 플래너가 입력을 요청하며, 플래너의 설정이나 파일에는 저장되지 않습니다. 저장하는 모든 버전에 이름이 기록됩니다.</translation>
    </message>
    <message>
      <source>Address (URL)</source>
      <translation>주소(URL)</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>이름</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>연결</translation>
    </message>
  </context>
  <context>
    <name>DecompositionDialog</name>
    <message>
      <source>Where the change comes from</source>
      <translation>변화 요인 분해</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>기여분</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>변화</translation>
    </message>
    <message>
      <source>Changed assumptions</source>
      <translation>변경된 가정</translation>
    </message>
    <message>
      <source>{0} in {1}: baseline {2}, scenario {3}. Each bar is one lever's part of the change (Shapley values: its effect averaged over every order of switching the moved levers on), so the parts add up exactly.</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>{1}년 {0}: 기준 시나리오 {2}, 시나리오 {3}. 각 막대는 전체 변화 중 정책 수단 하나가 차지하는 기여분입니다(섀플리(Shapley) 값: 움직인 정책 수단들을 적용하는 모든 순서에 걸쳐 평균한 해당 수단의 효과). 따라서 기여분의 합은 전체 변화와 정확히 일치합니다.</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>기준 시나리오</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>시나리오</translation>
    </message>
    <message>
      <source>Total change</source>
      <translation>총 변화</translation>
    </message>
  </context>
  <context>
    <name>DriversDialog</name>
    <message>
      <source>What drives this outcome</source>
      <translation>이 결과 지표의 결정 요인</translation>
    </message>
    <message>
      <source>Global sensitivity (Sobol, 256 base samples)</source>
      <translation>전역 민감도(Sobol, 기본 표본 256개)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>Assumption</source>
      <translation>가정</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>1차 지수</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>총 지수</translation>
    </message>
    <message>
      <source>&lt;span style="color:{0}"&gt;■&lt;/span&gt; the input's high end raises the outcome &amp;nbsp; &lt;span style="color:{1}"&gt;■&lt;/span&gt; its high end lowers it (or leaves it as at the low end)</source>
      <translation>&lt;span style="color:{0}"&gt;■&lt;/span&gt; 입력값의 상단이 결과 지표를 높임 &amp;nbsp; &lt;span style="color:{1}"&gt;■&lt;/span&gt; 상단이 결과 지표를 낮춤(또는 하단과 같음)</translation>
    </message>
    <message>
      <source>{0} in {1}: {2}. Each bar spans the lowest to the highest the outcome reaches as one input moves across its range (levers) or low–high (assumptions), everything else as in the scenario.</source>
      <translation>{1}년 {0}: {2}. 각 막대는 다른 모든 값을 시나리오대로 둔 채 한 입력값을 전체 범위(정책 수단) 또는 하한–상한(가정)에 걸쳐 움직일 때 결과 지표가 도달하는 최저값부터 최고값까지를 나타냅니다.</translation>
    </message>
    <message>
      <source>{0} ({1}); ◆ = policy lever</source>
      <translation>{0} ({1}); ◆ = 정책 수단</translation>
    </message>
    <message>
      <source>Sensitivity</source>
      <translation>민감도</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>This file is not a planner library.</source>
      <translation>이 파일은 플래너 라이브러리가 아닙니다.</translation>
    </message>
    <message>
      <source>This file belongs to another application.</source>
      <translation>이 파일은 다른 응용 프로그램의 파일입니다.</translation>
    </message>
    <message>
      <source>The library is damaged.</source>
      <translation>라이브러리가 손상되었습니다.</translation>
    </message>
    <message>
      <source>The library was written by a newer planner.</source>
      <translation>이 라이브러리는 더 새로운 버전의 플래너로 작성되었습니다.</translation>
    </message>
    <message>
      <source>There is no such scenario in the library.</source>
      <translation>라이브러리에 해당 시나리오가 없습니다.</translation>
    </message>
    <message>
      <source>A scenario with that name already exists.</source>
      <translation>같은 이름의 시나리오가 이미 있습니다.</translation>
    </message>
    <message>
      <source>The library is busy in another copy of the planner; try again in a moment.</source>
      <translation>다른 플래너 창에서 라이브러리를 사용 중입니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
      <source>The library cannot be written to.</source>
      <translation>라이브러리에 쓸 수 없습니다.</translation>
    </message>
    <message>
      <source>The library cannot be read.</source>
      <translation>라이브러리를 읽을 수 없습니다.</translation>
    </message>
    <message>
      <source>That name cannot be used.</source>
      <translation>그 이름은 사용할 수 없습니다.</translation>
    </message>
    <message>
      <source>The disk is full; nothing was saved.</source>
      <translation>디스크가 가득 찼습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
      <source>This library holds something a planner library never does, so it was not opened (docs/SECURITY.md says what to do).</source>
      <translation>이 라이브러리에는 플래너 라이브러리에 결코 없는 것이 들어 있어 열지 않았습니다 (대처 방법은 docs/SECURITY.md에 있습니다).</translation>
    </message>
    <message>
      <source>A file beside the library belongs to another library; nothing was changed.</source>
      <translation>라이브러리 옆의 파일이 다른 라이브러리의 것입니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
      <source>The scenario or file cannot be used.</source>
      <translation>시나리오 또는 파일을 사용할 수 없습니다.</translation>
    </message>
    <message>
      <source>The library could not be used.</source>
      <translation>라이브러리를 사용할 수 없습니다.</translation>
    </message>
    <message>
      <source>the library {path} could not be used: {problem}</source>
      <translation>라이브러리 {path}을(를) 사용할 수 없습니다: {problem}</translation>
    </message>
    <message>
      <source>the library {path} is busy in another copy of the planner; try again in a moment</source>
      <translation>라이브러리 {path}을(를) 다른 플래너 창에서 사용 중입니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
      <source>the file {wal} beside the library {path} belongs to another library: opened together, they would replace this library's scenarios. Nothing was changed; move {wal} out of the folder to open the library as its own file holds it</source>
      <translation>라이브러리 {path} 옆의 파일 {wal}은(는) 다른 라이브러리의 것입니다. 함께 열면 이 라이브러리의 시나리오를 대체하게 됩니다. 아무것도 바꾸지 않았습니다. 라이브러리 파일에 저장된 그대로 열려면 {wal}을(를) 폴더 밖으로 옮기십시오</translation>
    </message>
    <message>
      <source>the library {path} is read-only; choose a library you can write to</source>
      <translation>라이브러리 {path}은(는) 읽기 전용입니다. 쓸 수 있는 라이브러리를 선택하십시오.</translation>
    </message>
    <message>
      <source>the library {path} is damaged ({problem}); open or create another library</source>
      <translation>라이브러리 {path}이(가) 손상되었습니다({problem}). 다른 라이브러리를 열거나 새로 만드십시오.</translation>
    </message>
    <message>
      <source>the disk holding {path} is full; nothing was saved</source>
      <translation>{path}이(가) 있는 디스크가 가득 찼습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
      <source>the team library {path} refused the login ({problem}). The password comes from ~/.pgpass, PGPASSWORD or a service file, never from the planner's settings</source>
      <translation>팀 라이브러리 {path}이(가) 로그인을 거부했습니다({problem}). 비밀번호는 플래너 설정이 아니라 ~/.pgpass, PGPASSWORD 또는 서비스 파일에서 가져옵니다.</translation>
    </message>
    <message>
      <source>the team library {path} cannot be reached ({problem}); nothing was saved there</source>
      <translation>팀 라이브러리 {path}에 연결할 수 없습니다({problem}). 그곳에는 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
      <source>the team library {path} does not let this login do that ({problem})</source>
      <translation>팀 라이브러리 {path}에서 이 로그인으로는 그 작업을 할 수 없습니다({problem}).</translation>
    </message>
    <message>
      <source>{path} is a folder, not a library file</source>
      <translation>{path}은(는) 라이브러리 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
      <source>{path} is an empty file, not a planner library; it was left untouched</source>
      <translation>{path}은(는) 빈 파일이며 플래너 라이브러리가 아닙니다. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
      <source>{path} is not a planner library (not an SQLite database); it was left untouched</source>
      <translation>{path}은(는) 플래너 라이브러리가 아닙니다(SQLite 데이터베이스가 아님). 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
      <source>{path} belongs to another application (an SQLite file that is not a planner library); it was left untouched</source>
      <translation>{path}은(는) 다른 응용 프로그램의 파일입니다(플래너 라이브러리가 아닌 SQLite 파일). 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
      <source>{path} is truncated ({size:,} of {expected:,} bytes); open or create another library</source>
      <translation>{path}이(가) 잘려 있습니다({expected:,}바이트 중 {size:,}바이트). 다른 라이브러리를 열거나 새로 만드십시오.</translation>
    </message>
    <message>
      <source>the library {path} contains an unexpected {what} {name}; it was not opened and was left untouched</source>
      <translation>라이브러리 {path}에 예상하지 못한 {what} {name}이(가) 있습니다. 열지 않았으며 그대로 두었습니다</translation>
    </message>
    <message>
      <source>the library {path} lacks its {what} {name}; it was not opened and was left untouched</source>
      <translation>라이브러리 {path}에 있어야 할 {what} {name}이(가) 없습니다. 열지 않았으며 그대로 두었습니다</translation>
    </message>
    <message>
      <source>the {what} {name} in the library {path} is not defined as a planner library defines it; it was not opened and was left untouched</source>
      <translation>라이브러리 {path}의 {what} {name}이(가) 플래너 라이브러리의 정의와 다릅니다. 열지 않았으며 그대로 두었습니다</translation>
    </message>
    <message>
      <source>cannot read {path}: {problem}</source>
      <translation>{path}을(를) 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
      <source>{path} is damaged or unreadable ({problem}); it was left untouched</source>
      <translation>{path}이(가) 손상되었거나 읽을 수 없습니다({problem}). 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
      <source>cannot check the file {wal} beside the library {path}: {problem}; nothing was changed</source>
      <translation>라이브러리 {path} 옆의 파일 {wal}을(를) 확인할 수 없습니다: {problem}. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
      <source>the library {path} contains a trigger {name}, which no planner library has; it was not opened and was left untouched</source>
      <translation>라이브러리 {path}에 플래너 라이브러리에는 없는 트리거 {name}이(가) 있습니다. 열지 않았으며 그대로 두었습니다</translation>
    </message>
    <message>
      <source>the library {path} contains a view {name}, which no planner library has; it was not opened and was left untouched</source>
      <translation>라이브러리 {path}에 플래너 라이브러리에는 없는 뷰 {name}이(가) 있습니다. 열지 않았으며 그대로 두었습니다</translation>
    </message>
    <message>
      <source>{path} is not a library this planner can open: give a PostgreSQL URL (postgresql://user@host:port/database) or a library file</source>
      <translation>{path}은(는) 이 플래너가 열 수 있는 라이브러리가 아닙니다. PostgreSQL URL(postgresql://user@host:port/database) 또는 라이브러리 파일을 지정하십시오.</translation>
    </message>
    <message>
      <source>{path} was written by a newer planner</source>
      <translation>{path}은(는) 더 새로운 버전의 플래너로 작성되었습니다.</translation>
    </message>
    <message>
      <source>a scenario called {name!r} exists again; rename it first</source>
      <translation>{name!r}(이)라는 시나리오가 다시 생겼습니다. 먼저 이름을 바꾸십시오.</translation>
    </message>
    <message>
      <source>there is no scenario called {name!r} in the library</source>
      <translation>라이브러리에 {name!r}(이)라는 시나리오가 없습니다.</translation>
    </message>
    <message>
      <source>a scenario called {name!r} already exists; choose another name</source>
      <translation>{name!r}(이)라는 시나리오가 이미 있습니다. 다른 이름을 고르십시오.</translation>
    </message>
    <message>
      <source>that text contains characters that are not valid Unicode</source>
      <translation>입력한 텍스트에 올바르지 않은 유니코드 문자가 있습니다.</translation>
    </message>
    <message>
      <source>{path} belongs to another application; it was left untouched</source>
      <translation>{path}은(는) 다른 응용 프로그램의 파일입니다. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
      <source>{path} was written by a newer planner (library version {version}; this copy reads up to {known}). Update the planner to open it.</source>
      <translation>{path}은(는) 더 새로운 버전의 플래너로 작성되었습니다(라이브러리 버전 {version}, 이 프로그램은 {known}까지 읽을 수 있음). 열려면 플래너를 업데이트하십시오.</translation>
    </message>
    <message>
      <source>this copy of the planner was built without PostgreSQL support, so it cannot open the team library {path}</source>
      <translation>이 플래너는 PostgreSQL 지원 없이 빌드되어 팀 라이브러리 {path}을(를) 열 수 없습니다.</translation>
    </message>
    <message>
      <source>could not back up the library {path} before upgrading it: {problem}; the library was not changed</source>
      <translation>업그레이드 전에 라이브러리 {path}을(를) 백업할 수 없었습니다: {problem}. 라이브러리는 바뀌지 않았습니다</translation>
    </message>
    <message>
      <source>{name!r} has no saved version {version}</source>
      <translation>{name!r}에는 저장된 버전 {version}이(가) 없습니다.</translation>
    </message>
    <message>
      <source>the stored scenario {name} is damaged ({problem})</source>
      <translation>저장된 시나리오 {name}이(가) 손상되었습니다 ({problem})</translation>
    </message>
    <message>
      <source>{path} is another application's SQLite database, not a planner library; it was left untouched</source>
      <translation>{path}은(는) 플래너 라이브러리가 아니라 다른 응용 프로그램의 SQLite 데이터베이스입니다. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
      <source>cannot create the folder {folder}: {problem}</source>
      <translation>폴더 {folder}을(를) 만들 수 없습니다: {problem}</translation>
    </message>
    <message>
      <source>the library {path} contains {what} {name}, which no planner library has; it was not opened and was left untouched</source>
      <translation>라이브러리 {path}에 플래너 라이브러리에는 없는 {what} {name}이(가) 있습니다. 라이브러리를 열지 않았으며 변경하지 않았습니다.</translation>
    </message>
    <message>
      <source>{path} is another application's database (it holds tables but is not a planner library); nothing was changed</source>
      <translation>{path}은(는) 다른 응용 프로그램의 데이터베이스입니다(테이블이 있지만 플래너 라이브러리가 아닙니다). 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
      <source>the team library {path} cannot be reached</source>
      <translation>팀 라이브러리 {path}에 연결할 수 없습니다</translation>
    </message>
    <message>
      <source>the library could not be read: {problem}</source>
      <translation>라이브러리를 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
      <source>the {what} contains the invisible character {character}, which could hide or reorder what a reader sees; remove it</source>
      <translation>{what}에 보이지 않는 문자 {character}이(가) 들어 있어 읽는 사람이 보는 내용을 숨기거나 순서를 바꿀 수 있습니다. 이 문자를 지우십시오</translation>
    </message>
    <message>
      <source>a scenario needs a name</source>
      <translation>시나리오에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
      <source>a scenario name is at most {limit} characters</source>
      <translation>시나리오 이름은 최대 {limit}자입니다.</translation>
    </message>
    <message>
      <source>a scenario has at most {limit} tags</source>
      <translation>시나리오의 태그는 최대 {limit}개입니다.</translation>
    </message>
    <message>
      <source>unknown lever {key}; levers are: {known}</source>
      <translation>알 수 없는 정책 수단 {key}. 사용할 수 있는 정책 수단: {known}</translation>
    </message>
    <message>
      <source>unknown assumption {key}</source>
      <translation>알 수 없는 가정 {key}</translation>
    </message>
    <message>
      <source>{source} is not UTF-8 text, so it is not a scenario file</source>
      <translation>{source}은(는) UTF-8 텍스트가 아니므로 시나리오 파일이 아닙니다.</translation>
    </message>
    <message>
      <source>{source} is larger than {limit} kB; a scenario file is far smaller</source>
      <translation>{source}이(가) {limit} kB보다 큽니다. 시나리오 파일은 훨씬 작습니다.</translation>
    </message>
    <message>
      <source>{source} must hold a JSON object, as a .kuscenario file does</source>
      <translation>{source}에는 .kuscenario 파일처럼 JSON 객체가 들어 있어야 합니다.</translation>
    </message>
    <message>
      <source>{source} is not a planner scenario (format {format!r})</source>
      <translation>{source}은(는) 플래너 시나리오가 아닙니다(형식 {format!r}).</translation>
    </message>
    <message>
      <source>{source}: version must be a whole number, not {version!r}</source>
      <translation>{source}: 버전은 {version!r}이(가) 아니라 정수여야 합니다.</translation>
    </message>
    <message>
      <source>{source} was made by a newer planner (file format version {version}); this copy reads versions up to {known}. Update the planner to open it.</source>
      <translation>{source}은(는) 더 새로운 버전의 플래너로 만들어졌습니다(파일 형식 버전 {version}). 이 프로그램은 버전 {known}까지 읽을 수 있습니다. 열려면 플래너를 업데이트하십시오.</translation>
    </message>
    <message>
      <source>{path} is not a regular file (a device, pipe or socket); a scenario file is an ordinary file</source>
      <translation>{path}은(는) 일반 파일이 아닙니다(장치, 파이프 또는 소켓). 시나리오 파일은 일반 파일이어야 합니다</translation>
    </message>
    <message>
      <source>the {what} contains characters that are not valid Unicode text</source>
      <translation>{what}에 올바르지 않은 유니코드 문자가 있습니다.</translation>
    </message>
    <message>
      <source>notes are at most {limit:,} characters</source>
      <translation>메모는 최대 {limit:,}자입니다.</translation>
    </message>
    <message>
      <source>{source} names {key} twice in one object; a scenario file names each item once</source>
      <translation>{source}의 한 객체에 {key}이(가) 두 번 나옵니다. 시나리오 파일에서는 각 항목을 한 번만 적어야 합니다</translation>
    </message>
    <message>
      <source>{source} is nested too deeply to be a scenario</source>
      <translation>{source}은(는) 중첩이 너무 깊어 시나리오일 수 없습니다.</translation>
    </message>
    <message>
      <source>{source} is not valid JSON ({problem})</source>
      <translation>{source}은(는) 올바른 JSON이 아닙니다({problem}).</translation>
    </message>
    <message>
      <source>{path} does not exist</source>
      <translation>{path}이(가) 없습니다.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a scenario file</source>
      <translation>{path}은(는) 시나리오 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
      <source>{path} cannot be read (permission denied)</source>
      <translation>{path}을(를) 읽을 수 없습니다(권한 없음).</translation>
    </message>
    <message>
      <source>{path} cannot be read ({problem})</source>
      <translation>{path}을(를) 읽을 수 없습니다({problem}).</translation>
    </message>
    <message>
      <source>a tag is at most {limit} characters: {tag}</source>
      <translation>태그는 {limit}자 이하여야 합니다: {tag}</translation>
    </message>
    <message>
      <source>the model gives no number for {outcome} in {year} with these settings, so nothing was written; please report it with the scenario file</source>
      <translation>이 설정에서는 모형이 {year}년 {outcome} 값을 계산하지 못해 아무것도 쓰지 않았습니다. 시나리오 파일과 함께 알려 주십시오</translation>
    </message>
    <message>
      <source>cannot write {path}: {problem}</source>
      <translation>{path}에 쓸 수 없습니다: {problem}</translation>
    </message>
    <message>
      <source>cannot write {path}: the folder {folder} does not exist</source>
      <translation>{path}에 쓸 수 없습니다: {folder} 폴더가 없습니다</translation>
    </message>
    <message>
      <source>cannot write {path}: it is the scenario library in use (or one of its files); choose another file name</source>
      <translation>{path}에 쓸 수 없습니다: 사용 중인 시나리오 라이브러리(또는 그 부속 파일)입니다. 다른 파일 이름을 고르십시오</translation>
    </message>
    <message>
      <source>cannot write {path}: permission denied</source>
      <translation>{path}에 쓸 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
      <source>cannot write {path}: the disk is full (or the file too large); the old file, if any, was kept</source>
      <translation>{path}에 쓸 수 없습니다: 디스크가 가득 찼습니다(또는 파일이 너무 큽니다). 기존 파일이 있었다면 그대로 두었습니다</translation>
    </message>
    <message>
      <source>cannot write {path}: it is not a regular file (a folder, device or pipe); choose a file name</source>
      <translation>{path}에 쓸 수 없습니다: 일반 파일이 아닙니다(폴더, 장치 또는 파이프). 파일 이름을 고르십시오</translation>
    </message>
    <message>
      <source>cannot write {path}: it is an input of this command; choose another file name</source>
      <translation>{path}에 쓸 수 없습니다: 이 명령이 읽는 입력 파일입니다. 다른 파일 이름을 고르십시오</translation>
    </message>
    <message>
      <source>cannot write {path}: nothing was written (the output would be an empty file); the old file, if any, was kept</source>
      <translation>{path}에 쓸 수 없습니다: 아무것도 쓰이지 않았습니다(빈 파일이 될 뻔했습니다). 기존 파일이 있었다면 그대로 두었습니다</translation>
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message>
      <source>&amp;New scenario</source>
      <translation>새 시나리오(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Open file…</source>
      <translation>파일 열기(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Import file into library…</source>
      <translation>파일을 라이브러리로 가져오기(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Save to library</source>
      <translation>라이브러리에 저장(&amp;S)</translation>
    </message>
    <message>
      <source>Save to library &amp;as…</source>
      <translation>라이브러리에 다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Export file…</source>
      <translation>파일 내보내기(&amp;E)…</translation>
    </message>
    <message>
      <source>Export &amp;brief (PDF)…</source>
      <translation>정책 브리프 내보내기(PDF)(&amp;B)…</translation>
    </message>
    <message>
      <source>Export outcome &amp;table…</source>
      <translation>결과 지표 표 내보내기(&amp;T)…</translation>
    </message>
    <message>
      <source>Open &amp;library…</source>
      <translation>라이브러리 열기(&amp;L)…</translation>
    </message>
    <message>
      <source>New librar&amp;y…</source>
      <translation>새 라이브러리(&amp;Y)…</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
      <source>“{0}” has changes that are not saved.</source>
      <translation>“{0}”에 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
      <source>Save them to the library (or to a file if no library is open)?</source>
      <translation>변경 사항을 라이브러리에 저장하시겠습니까? (열린 라이브러리가 없으면 파일로 저장합니다)</translation>
    </message>
    <message>
      <source>Planner scenarios (*.kuscenario *.json);;All files (*)</source>
      <translation>플래너 시나리오 (*.kuscenario *.json);;모든 파일 (*)</translation>
    </message>
    <message>
      <source>Planner libraries (*.sqlite *.db);;All files (*)</source>
      <translation>플래너 라이브러리 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
      <source>Connect to &amp;team library…</source>
      <translation>팀 라이브러리 연결(&amp;T)…</translation>
    </message>
    <message>
      <source>E&amp;xamples</source>
      <translation>예제(&amp;X)</translation>
    </message>
    <message>
      <source>Some of what you typed cannot be used yet:</source>
      <translation>입력한 내용 중 아직 쓸 수 없는 것이 있습니다:</translation>
    </message>
    <message>
      <source>Untitled scenario</source>
      <translation>제목 없는 시나리오</translation>
    </message>
    <message>
      <source>Open scenario file</source>
      <translation>시나리오 파일 열기</translation>
    </message>
    <message>
      <source>Could not open the scenario</source>
      <translation>시나리오를 열 수 없습니다</translation>
    </message>
    <message>
      <source> (an older file format, read and updated)</source>
      <translation> (이전 파일 형식: 읽은 뒤 최신 형식으로 갱신함)</translation>
    </message>
    <message>
      <source> (left out: {0}, which this model no longer has)</source>
      <translatorcomment>용어집(glossary_ko.json) model: 모형 — '이 모델' 아님. 근거: 국책연구기관·정부 분석 보고서 용례(분석 '모형').</translatorcomment>
      <translation> (이 모형에 더 이상 없는 {0} 항목은 제외함)</translation>
    </message>
    <message>
      <source>Opened {0}{1}</source>
      <translation>{0}을(를) 열었습니다{1}</translation>
    </message>
    <message>
      <source>Import scenario file</source>
      <translation>시나리오 파일 가져오기</translation>
    </message>
    <message>
      <source>Import scenario</source>
      <translation>시나리오 가져오기</translation>
    </message>
    <message>
      <source>A scenario called “{0}” is already in the library. Import as:</source>
      <translation>“{0}” 시나리오가 이미 라이브러리에 있습니다. 가져올 이름:</translation>
    </message>
    <message>
      <source> (imported)</source>
      <translation> (가져옴)</translation>
    </message>
    <message>
      <source>Could not import the scenario</source>
      <translation>시나리오를 가져올 수 없습니다</translation>
    </message>
    <message>
      <source>Imported {0} into the library</source>
      <translation>{0}을(를) 라이브러리로 가져왔습니다</translation>
    </message>
    <message>
      <source>Opened the example “{0}”; save it to keep your changes</source>
      <translation>예제 “{0}”을(를) 열었습니다. 변경 사항을 남기려면 저장하십시오</translation>
    </message>
    <message>
      <source>Opened {0} from the library</source>
      <translation>라이브러리에서 {0}을(를) 열었습니다</translation>
    </message>
    <message>
      <source>Nothing was written. Correct it and try again; everything you typed is still there.</source>
      <translation>아무것도 기록하지 않았습니다. 고친 뒤 다시 시도하십시오. 입력한 내용은 모두 그대로 있습니다.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>저장되지 않음</translation>
    </message>
    <message>
      <source>Your changes are still open; you can export them to a file.</source>
      <translation>변경 사항은 그대로 열려 있습니다. 파일로 내보낼 수 있습니다.</translation>
    </message>
    <message>
      <source>Saved {0}</source>
      <translation>{0}을(를) 저장했습니다</translation>
    </message>
    <message>
      <source>No changes since the last save of {0}; no new version</source>
      <translation>{0}은(는) 마지막 저장 이후 바뀐 것이 없어 새 버전을 만들지 않았습니다</translation>
    </message>
    <message>
      <source>“{0}” was not saved: {1}</source>
      <translation>“{0}”이(가) 저장되지 않았습니다: {1}</translation>
    </message>
    <message>
      <source>Your changes are still open here and in the autosave. Try again, or save them to a file until the library is back.</source>
      <translation>변경 내용은 이 창과 자동 저장본에 그대로 남아 있습니다. 다시 시도하거나, 라이브러리에 다시 연결될 때까지 파일로 저장하십시오.</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>다시 시도</translation>
    </message>
    <message>
      <source>Save to a file…</source>
      <translation>파일로 저장…</translation>
    </message>
    <message>
      <source>Save to library as</source>
      <translation>라이브러리에 다른 이름으로 저장</translation>
    </message>
    <message>
      <source>Scenario name:</source>
      <translation>시나리오 이름:</translation>
    </message>
    <message>
      <source>Replace?</source>
      <translation>대체하시겠습니까?</translation>
    </message>
    <message>
      <source>“{0}” is already in the library. Save this as its newest version? Its earlier versions stay in its history.</source>
      <translation>“{0}”이(가) 이미 라이브러리에 있습니다. 이 시나리오를 최신 버전으로 저장하시겠습니까? 이전 버전은 기록에 그대로 남습니다.</translation>
    </message>
    <message>
      <source>Export scenario</source>
      <translation>시나리오 내보내기</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel 통합 문서 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <source>PDF, US Letter (*.pdf)</source>
      <translation>PDF, US 레터 용지 (*.pdf)</translation>
    </message>
    <message>
      <source>PDF, A4 (*.pdf)</source>
      <translation>PDF, A4 용지 (*.pdf)</translation>
    </message>
    <message>
      <source>The example scenarios could not be added to the new library.</source>
      <translation>새 라이브러리에 예제 시나리오를 추가하지 못했습니다.</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>내보내지 않음</translation>
    </message>
    <message>
      <source>Exported to {0}</source>
      <translation>{0}(으)로 내보냈습니다</translation>
    </message>
    <message>
      <source>Export outcome table</source>
      <translation>결과 지표 표 내보내기</translation>
    </message>
    <message>
      <source>Outcome table written to {0}</source>
      <translation>결과 지표 표를 {0}에 저장했습니다</translation>
    </message>
    <message>
      <source>Export brief</source>
      <translation>정책 브리프 내보내기</translation>
    </message>
    <message>
      <source>Brief not written</source>
      <translation>정책 브리프를 작성하지 못했습니다</translation>
    </message>
    <message>
      <source>Brief written to {0}</source>
      <translation>정책 브리프를 {0}에 저장했습니다</translation>
    </message>
    <message>
      <source>New library</source>
      <translation>새 라이브러리</translation>
    </message>
    <message>
      <source>{0} already exists; choose a new file name (existing files are never overwritten).</source>
      <translation>{0}이(가) 이미 있습니다. 새 파일 이름을 선택하십시오(기존 파일은 덮어쓰지 않습니다).</translation>
    </message>
    <message>
      <source>Open library</source>
      <translation>라이브러리 열기</translation>
    </message>
    <message>
      <source>Could not open the library</source>
      <translation>라이브러리를 열 수 없습니다</translation>
    </message>
    <message>
      <source> (with {0} example scenarios to start from)</source>
      <translation> (시작용 예제 시나리오 {0}개 포함)</translation>
    </message>
    <message>
      <source>Library: {0}</source>
      <translation>라이브러리: {0}</translation>
    </message>
    <message>
      <source>No library</source>
      <translation>라이브러리 없음</translation>
    </message>
    <message>
      <source>No library is open. Open or create one from the File menu.</source>
      <translation>열린 라이브러리가 없습니다. 파일 메뉴에서 라이브러리를 열거나 새로 만드십시오.</translation>
    </message>
    <message>
      <source>(the examples could not be read: {0})</source>
      <translation>(예제를 읽을 수 없습니다: {0})</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>(아직 없음)</translation>
    </message>
  </context>
  <context>
    <name>GoalSeekDialog</name>
    <message>
      <source>Goal seek</source>
      <translation>목표값 찾기</translation>
    </message>
    <message>
      <source>Which value of the lever reaches the target?</source>
      <translation>정책 수단을 어떤 값으로 설정해야 목표에 도달합니까?</translation>
    </message>
    <message>
      <source>Move this lever</source>
      <translation>조정할 정책 수단</translation>
    </message>
    <message>
      <source>so that</source>
      <translation>대상 결과 지표</translation>
    </message>
    <message>
      <source>in</source>
      <translation>연도</translation>
    </message>
    <message>
      <source>reaches</source>
      <translation>목표값</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>찾기</translation>
    </message>
    <message>
      <source>Apply to the scenario</source>
      <translation>시나리오에 적용</translation>
    </message>
    <message>
      <source>{0} = {1} gives {2} = {3} in {4}.</source>
      <translation>{0}을(를) {1}(으)로 하면 {4}년 {2}은(는) {3}입니다.</translation>
    </message>
    <message>
      <source>Out of reach: over its whole range {0} moves {1} in {2} only between {3} and {4}. Closest: {5} gives {6}.</source>
      <translation>도달할 수 없습니다: {0}을(를) 전체 범위에서 움직여도 {2}년 {1}은(는) {3}~{4} 사이에서만 변합니다. 가장 가까운 값: {5}일 때 {6}.</translation>
    </message>
  </context>
  <context>
    <name>LeverPanel</name>
    <message>
      <source>Policy levers</source>
      <translation>정책 수단</translation>
    </message>
  </context>
  <context>
    <name>LeverRow</name>
    <message>
      <source>Sources: {0}</source>
      <translation>출처: {0}</translation>
    </message>
    <message>
      <source>Baseline: {0}</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>기준 시나리오: {0}</translation>
    </message>
    <message>
      <source>Show the explanation and sources</source>
      <translation>설명 및 출처 보기</translation>
    </message>
    <message>
      <source>About {0}</source>
      <translation>{0} 정보</translation>
    </message>
    <message>
      <source>Back to baseline ({0})</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>기준 시나리오 값으로 되돌리기({0})</translation>
    </message>
    <message>
      <source>Reset {0} to baseline</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>{0}을(를) 기준 시나리오 값으로 되돌리기</translation>
    </message>
    <message>
      <source>Arrow keys move it; Enter types an exact value; Delete returns it to baseline; F1 explains it</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>화살표 키로 조정하고, Enter로 정확한 값을 입력하고, Delete로 기준 시나리오 값으로 되돌리고, F1로 설명을 봅니다</translation>
    </message>
    <message>
      <source>{0}, exact value</source>
      <translation>{0}, 정확한 값</translation>
    </message>
  </context>
  <context>
    <name>LibraryAlert</name>
    <message>
      <source>Retry now</source>
      <translation>지금 다시 연결</translation>
    </message>
    <message>
      <source>Save to a file…</source>
      <translation>파일로 저장…</translation>
    </message>
    <message>
      <source>Your work stays open here and in the autosave; the planner keeps trying to reconnect.</source>
      <translation>작업 내용은 이 창과 자동 저장본에 그대로 남아 있으며, 플래너가 계속 다시 연결을 시도합니다.</translation>
    </message>
  </context>
  <context>
    <name>LibraryLink</name>
    <message>
      <source>The library can be reached again.</source>
      <translation>라이브러리에 다시 연결되었습니다.</translation>
    </message>
  </context>
  <context>
    <name>LibraryPanel</name>
    <message>
      <source>Search names and tags</source>
      <translation>이름 및 태그 검색</translation>
    </message>
    <message>
      <source>Saved scenarios</source>
      <translation>저장된 시나리오</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>열기</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>이름 바꾸기…</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>복제</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>삭제</translation>
    </message>
    <message>
      <source>Undo delete</source>
      <translation>삭제 취소</translation>
    </message>
    <message>
      <source>Notes on this scenario</source>
      <translation>이 시나리오에 대한 메모</translation>
    </message>
    <message>
      <source>tags, separated by commas</source>
      <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>메모</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>태그</translation>
    </message>
    <message>
      <source>Restore this version</source>
      <translation>이 버전 복원</translation>
    </message>
    <message>
      <source>Working scenario</source>
      <translation>작업 중인 시나리오</translation>
    </message>
    <message>
      <source>Saved versions of the selected scenario</source>
      <translation>선택한 시나리오의 저장된 버전</translation>
    </message>
    <message>
      <source>No library is open.</source>
      <translation>열린 라이브러리가 없습니다.</translation>
    </message>
    <message>
      <source>{0}
Tags: {1}
Saved: {2} UTC</source>
      <translation>{0}
태그: {1}
저장 시각: {2} UTC</translation>
    </message>
    <message>
      <source>first version</source>
      <translation>첫 버전</translation>
    </message>
    <message>
      <source>moved: {0}</source>
      <translation>움직인 정책 수단: {0}</translation>
    </message>
    <message>
      <source>assumptions: {0}</source>
      <translation>가정: {0}</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>메모</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>태그</translation>
    </message>
    <message>
      <source>Tags: {0} → {1}</source>
      <translation>태그: {0} → {1}</translation>
    </message>
    <message>
      <source>model {0}</source>
      <translatorcomment>용어집(glossary_ko.json) model: 모형 — '이 모델' 아님. 근거: 국책연구기관·정부 분석 보고서 용례(분석 '모형').</translatorcomment>
      <translation>모형 {0}</translation>
    </message>
    <message>
      <source>no changes</source>
      <translation>변경 없음</translation>
    </message>
    <message>
      <source>Someone sharing the library may have renamed or deleted it; the list now shows the library as it is.</source>
      <translation>라이브러리를 함께 쓰는 다른 사용자가 이름을 바꾸었거나 삭제했을 수 있습니다. 목록을 라이브러리의 현재 상태로 새로 고쳤습니다.</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>라이브러리</translation>
    </message>
    <message>
      <source>Rename scenario</source>
      <translation>시나리오 이름 바꾸기</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>새 이름:</translation>
    </message>
    <message>
      <source>Renamed to {0}</source>
      <translation>이름을 {0}(으)로 바꿨습니다</translation>
    </message>
    <message>
      <source>Duplicate scenario</source>
      <translation>시나리오 복제</translation>
    </message>
    <message>
      <source>Name of the copy:</source>
      <translation>사본 이름:</translation>
    </message>
    <message>
      <source>{0} (copy)</source>
      <translation>{0} (사본)</translation>
    </message>
    <message>
      <source>Duplicated as {0}</source>
      <translation>{0}(으)로 복제했습니다</translation>
    </message>
    <message>
      <source>Deleted {0} with its history. “Undo delete” brings it back.</source>
      <translation>{0}을(를) 기록과 함께 삭제했습니다. “삭제 취소”를 누르면 복구됩니다.</translation>
    </message>
    <message>
      <source>Undo delete of “{0}”</source>
      <translation>“{0}” 삭제 취소</translation>
    </message>
    <message>
      <source>Restored {0}</source>
      <translation>{0}을(를) 복원했습니다</translation>
    </message>
    <message>
      <source>Restored an earlier version of {0}; it is now the newest</source>
      <translation>{0}의 이전 버전을 복원했습니다. 이제 이 버전이 최신 버전입니다</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>All outcomes</source>
      <translation>전체 결과 지표</translation>
    </message>
    <message>
      <source>Headline year</source>
      <translation>표시 연도</translation>
    </message>
    <message>
      <source>Headline &amp;year</source>
      <translation>표시 연도(&amp;Y)</translation>
    </message>
    <message>
      <source>Assumptions (advanced)</source>
      <translation>가정(고급)</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>라이브러리</translation>
    </message>
    <message>
      <source>Model {0}. Move a lever; every chart follows.</source>
      <translatorcomment>용어집(glossary_ko.json) model: 모형 — '이 모델' 아님. 근거: 국책연구기관·정부 분석 보고서 용례(분석 '모형').</translatorcomment>
      <translation>모형 {0}. 정책 수단을 움직이면 모든 차트가 함께 바뀝니다.</translation>
    </message>
    <message>
      <source>Korea–US Policy Planner</source>
      <translation>한미 정책 시나리오 플래너</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
      <source>Reset all &amp;levers</source>
      <translation>모든 정책 수단 초기화(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Assumptions panel</source>
      <translation>가정 패널(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Presentation mode</source>
      <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>종료(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>정보(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Library panel</source>
      <translation>라이브러리 패널(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>편집(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>보기(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Uncertainty bands</source>
      <translation>불확실성 구간(&amp;U)</translation>
    </message>
    <message>
      <source>5–95% and 25–75% bands from 2,000 draws of the assumptions</source>
      <translation>가정 표본 2,000개로 산출한 5~95% 및 25~75% 구간</translation>
    </message>
    <message>
      <source>&amp;Compare scenarios…</source>
      <translation>시나리오 비교(&amp;C)…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>언어(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Analysis</source>
      <translation>분석(&amp;A)</translation>
    </message>
    <message>
      <source>What &amp;drives an outcome…</source>
      <translation>결과 지표의 결정 요인(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Goal seek…</source>
      <translation>목표값 찾기(&amp;G)…</translation>
    </message>
    <message>
      <source>Where the change comes &amp;from…</source>
      <translation>변화 요인 분해(&amp;F)…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Questions the model answers…</source>
      <translatorcomment>용어집(glossary_ko.json) model: 모형 — '이 모델' 아님. 근거: 국책연구기관·정부 분석 보고서 용례(분석 '모형').</translatorcomment>
      <translation>모형이 답하는 질문(&amp;Q)…</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>기본 도구 모음</translation>
    </message>
    <message>
      <source>Undo: {0}</source>
      <translation>실행 취소: {0}</translation>
    </message>
    <message>
      <source>Redo: {0}</source>
      <translation>다시 실행: {0}</translation>
    </message>
    <message>
      <source>About</source>
      <translation>정보</translation>
    </message>
    <message>
      <source>{0}
Version {1}, model {2}.

A what-if model of Korea–US policy on AI hardware and clean energy. Equations and sources: docs/MODEL.md.</source>
      <translatorcomment>용어집(glossary_ko.json) model: 모형 — '이 모델' 아님. 근거: 국책연구기관·정부 분석 보고서 용례(분석 '모형').</translatorcomment>
      <translation>{0}
버전 {1}, 모형 {2}.

AI 하드웨어와 청정에너지에 관한 한미 정책의 가정 분석(what-if) 모형입니다. 수식 및 출처: docs/MODEL.md.</translation>
    </message>
    <message>
      <source>Library — {0}</source>
      <translation>라이브러리 — {0}</translation>
    </message>
  </context>
  <context>
    <name>Outcome</name>
    <message>
      <source> pp</source>
      <translation>%p</translation>
    </message>
  </context>
  <context>
    <name>OutcomeTile</name>
    <message>
      <source>{0}:</source>
      <translation>{0}년:</translation>
    </message>
    <message>
      <source>= baseline</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>= 기준 시나리오</translation>
    </message>
    <message>
      <source>{0}{1} pp vs baseline</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>기준 시나리오 대비 {0}{1}%p</translation>
    </message>
    <message>
      <source>{0}{1} vs baseline</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>기준 시나리오 대비 {0}{1}</translation>
    </message>
    <message>
      <source>What drives this…</source>
      <translation>결정 요인 보기…</translation>
    </message>
    <message>
      <source>Goal seek…</source>
      <translation>목표값 찾기…</translation>
    </message>
    <message>
      <source>Where the change comes from…</source>
      <translation>변화 요인 분해…</translation>
    </message>
    <message>
      <source>Export chart as PNG…</source>
      <translation>차트를 PNG로 내보내기…</translation>
    </message>
    <message>
      <source>Export chart as SVG…</source>
      <translation>차트를 SVG로 내보내기…</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
      <source>SVG drawing (*.svg)</source>
      <translation>SVG 벡터 이미지 (*.svg)</translation>
    </message>
    <message>
      <source>Export chart</source>
      <translation>차트 내보내기</translation>
    </message>
    <message>
      <source>Chart not exported</source>
      <translation>차트를 내보내지 않았습니다</translation>
    </message>
    <message>
      <source>{0}: {1}
baseline {2}</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>{0}: {1}
기준 시나리오 {2}</translation>
    </message>
  </context>
  <context>
    <name>OutcomeYearDialog</name>
    <message>
      <source>Outcome</source>
      <translation>결과 지표</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>연도</translation>
    </message>
  </context>
  <context>
    <name>QuestionsWindow</name>
    <message>
      <source>Questions the model answers</source>
      <translatorcomment>용어집(glossary_ko.json) model: 모형 — '이 모델' 아님. 근거: 국책연구기관·정부 분석 보고서 용례(분석 '모형').</translatorcomment>
      <translation>모형이 답하는 질문</translation>
    </message>
    <message>
      <source>Each claim of the op-ed, the scenario that tests it and what the model says. The baseline and the scenario run on the same {0} draws of the assumptions (seed {1}); a change is the scenario minus the baseline, draw by draw: its median and its 10–90% range. A claim is supported when every outcome it names moves its way in at least 90% of draws, contradicted in at most 10%, uncertain between. What the model's mechanisms and ranges give, not a forecast.</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line. / 용어집(glossary_ko.json) model: 모형 — '이 모델' 아님. 근거: 국책연구기관·정부 분석 보고서 용례(분석 '모형').</translatorcomment>
      <translation>기고문의 각 주장과 이를 검증하는 시나리오, 그리고 모형의 답입니다. 기준 시나리오와 시나리오는 같은 가정 표본 {0}개(시드 {1})로 실행하며, 변화는 표본별로 시나리오에서 기준 시나리오를 뺀 값으로 중앙값과 10~90% 범위를 표시합니다. 주장이 가리키는 결과 지표가 모두 표본의 90% 이상에서 주장한 방향으로 움직이면 ‘지지됨’, 10% 이하이면 ‘반박됨’, 그 사이이면 ‘불확실’로 판정합니다. 모형의 작동 원리와 가정 범위에서 나온 결과이며 전망이 아닙니다.</translation>
    </message>
    <message>
      <source>Computing the answers…</source>
      <translation>답을 계산하는 중…</translation>
    </message>
    <message>
      <source>The answers could not be computed: {0}</source>
      <translation>답을 계산하지 못했습니다: {0}</translation>
    </message>
    <message>
      <source>Claim: {0}</source>
      <translation>주장: {0}</translation>
    </message>
    <message>
      <source>Scenario: {0}</source>
      <translation>시나리오: {0}</translation>
    </message>
    <message>
      <source>Set: {0}</source>
      <translation>설정: {0}</translation>
    </message>
    <message>
      <source>What the model cannot say: {0}</source>
      <translatorcomment>용어집(glossary_ko.json) model: 모형 — '이 모델' 아님. 근거: 국책연구기관·정부 분석 보고서 용례(분석 '모형').</translatorcomment>
      <translation>모형이 답할 수 없는 부분: {0}</translation>
    </message>
    <message>
      <source>Not testable: {0}</source>
      <translation>검증 불가: {0}</translation>
    </message>
    <message>
      <source>{0} = {1} (baseline {2})</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>{0} = {1} (기준 시나리오 {2})</translation>
    </message>
    <message>
      <source>{0} = {1} (baseline: central {2})</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>{0} = {1} (기준 시나리오: 중앙값 {2})</translation>
    </message>
    <message>
      <source>Supported.</source>
      <translation>지지됨.</translation>
    </message>
    <message>
      <source>Contradicted.</source>
      <translation>반박됨.</translation>
    </message>
    <message>
      <source>Uncertain.</source>
      <translation>불확실.</translation>
    </message>
    <message>
      <source>Probability that the wider controls leave China's AI-chip gap smaller than today's controls: {0}.</source>
      <translatorcomment>용어집(glossary_ko.json) ai_chip: AI 반도체 — 'AI 칩' 아님. 근거: 산업통상자원부·과학기술정보통신부 'AI 반도체' 용례.</translatorcomment>
      <translation>수출통제를 확대했을 때 중국의 AI 반도체 격차가 현행 통제보다 작아질 확률: {0}.</translation>
    </message>
    <message>
      <source>No effect: the scenario does not move the outcomes the claim names.</source>
      <translation>효과 없음: 이 시나리오는 주장이 가리키는 결과를 움직이지 않습니다.</translation>
    </message>
    <message>
      <source>Supported: every judged outcome moves as the claim says in {0}% of draws.</source>
      <translation>지지됨: 판정 대상 결과가 모두 주장한 방향으로 움직인 표본이 {0}%입니다.</translation>
    </message>
    <message>
      <source>Contradicted: every judged outcome moves as the claim says in only {0}% of draws.</source>
      <translation>반박됨: 판정 대상 결과가 모두 주장한 방향으로 움직인 표본이 {0}%에 그칩니다.</translation>
    </message>
    <message>
      <source>Uncertain: every judged outcome moves as the claim says in {0}% of draws.</source>
      <translation>불확실: 판정 대상 결과가 모두 주장한 방향으로 움직인 표본이 {0}%입니다.</translation>
    </message>
    <message>
      <source>The size is negligible: {0}% of the baseline.</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>크기는 미미합니다: 기준 시나리오 값의 {0}%.</translation>
    </message>
    <message>
      <source>The size is small: {0}% of the baseline.</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>크기는 작습니다: 기준 시나리오 값의 {0}%.</translation>
    </message>
    <message>
      <source>The size is substantial: {0}% of the baseline.</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>크기는 상당합니다: 기준 시나리오 값의 {0}%.</translation>
    </message>
    <message>
      <source>{0} ({1}), {2}: baseline {3}; change {4} (10–90%: {5} to {6})</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>{0}({1}), {2}년: 기준 시나리오 {3}, 변화 {4}(10~90%: {5}~{6})</translation>
    </message>
    <message>
      <source>the claim expects a rise: {0}% of draws agree</source>
      <translation>주장은 증가를 예상: 표본의 {0}%가 일치</translation>
    </message>
    <message>
      <source>the claim expects a fall: {0}% of draws agree</source>
      <translation>주장은 감소를 예상: 표본의 {0}%가 일치</translation>
    </message>
    <message>
      <source>context, not judged</source>
      <translation>참고용, 판정 제외</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Sources: {0}. Every equation, parameter and source: docs/MODEL.md. A what-if model, not a forecast.</source>
      <translation>출처: {0}. 모든 수식·매개변수·출처: docs/MODEL.md. ※ 본 자료는 예측이 아닌 시나리오 분석 결과임</translation>
    </message>
    <message>
      <source>{0} — Korea–US policy scenario brief</source>
      <translation>{0} — 한미 정책 시나리오 분석 자료</translation>
    </message>
    <message>
      <source>d MMMM yyyy</source>
      <comment>QLocale date format</comment>
      <translation>yyyy. M. d.(ddd)</translation>
    </message>
    <message>
      <source>Korea–US policy scenario brief · {0} · model {1} · app {2} · content hash {3}</source>
      <translatorcomment>용어집(glossary_ko.json) model: 모형 — '이 모델' 아님. 근거: 국책연구기관·정부 분석 보고서 용례(분석 '모형').</translatorcomment>
      <translation>한미 정책 시나리오 분석 자료 · {0} · 모형 {1} · 앱 {2} · 내용 해시 {3}</translation>
    </message>
    <message>
      <source>Policy levers (baseline in brackets)</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>정책 수단(괄호 안은 기준 시나리오 값)</translation>
    </message>
    <message>
      <source>Headline outcomes in {0} (change vs baseline)</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>{0}년 주요 결과 지표(기준 시나리오 대비 변화)</translation>
    </message>
    <message>
      <source>Solid blue: this scenario. Dashed grey: baseline (same assumptions). Vertical line: {0}.</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>실선(청색): 해당 시나리오, 점선(회색): 기준 시나리오(동일 가정), 세로선: {0}년</translation>
    </message>
    <message>
      <source>Resilience index weights (normalised): {0}.</source>
      <translation>회복력 지수 가중치(정규화): {0}</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>비고</translation>
    </message>
    <message>
      <source>Assumptions changed from the standard values: value (standard value)</source>
      <translation>표준값에서 변경한 가정: 값(표준값)</translation>
    </message>
    <message>
      <source>Every change above is measured against the baseline with these same assumptions, not against the standard baseline.</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>※ 위 모든 변화는 표준 기준 시나리오가 아닌, 동일 가정을 적용한 기준 시나리오 대비 수치임</translation>
    </message>
    <message>
      <source>…and {0} more (the scenario file lists them all)</source>
      <translation>…외 {0}개(시나리오 파일에 전체 수록)</translation>
    </message>
  </context>
  <context>
    <name>ScenarioController</name>
    <message>
      <source>Baseline</source>
      <translatorcomment>용어집(glossary_ko.json) baseline: 기준 시나리오 — '기준선' 아님. 근거: Issue 18 review (ministry usage: a scenario analysis compares each scenario with its '기준 시나리오'); '기준선' reads as a drawn line.</translatorcomment>
      <translation>기준 시나리오</translation>
    </message>
  </context>
  <context>
    <name>TeamLibrary</name>
    <message>
      <source>Password for the team library {0}:</source>
      <translation>팀 라이브러리 {0}의 비밀번호:</translation>
    </message>
    <message>
      <source>That password was refused.</source>
      <translation>비밀번호가 맞지 않습니다.</translation>
    </message>
    <message>
      <source>Team library password</source>
      <translation>팀 라이브러리 비밀번호</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Set {0}</source>
      <translation>{0} 설정</translation>
    </message>
    <message>
      <source>Reset all levers</source>
      <translation>모든 정책 수단 초기화</translation>
    </message>
    <message>
      <source>Edit assumptions</source>
      <translation>가정 일괄 편집</translation>
    </message>
    <message>
      <source>Edit assumption</source>
      <translation>가정 편집</translation>
    </message>
    <message>
      <source>Edit notes and tags</source>
      <translation>메모 및 태그 편집</translation>
    </message>
  </context>
  <context>
    <name>model</name>
    <message>
      <source>US chip manufacturing incentives</source>
      <translation>미국 반도체 제조 인센티브</translation>
    </message>
    <message>
      <source>Grants for fabs built on US soil: the CHIPS Act's $39 billion manufacturing line (of $52.7 billion in all; awards of up to $33.7 billion were final by January 2025). $7.9 billion had been paid by 2025 (Intel's grants, $5.7 billion of them taken as equity); the rest of the envelope is paid by milestone over 2026–2031. Fabs locate by the money paid while they are built, with the §48D investment credit (25%, 35% for construction begun in 2026, closed after) as further support, so siting falls back once payments stop. Returns diminish: each extra billion closes less of the 30–50% US cost gap than the one before.</source>
      <translation>미국 내에 건설되는 팹(반도체 공장)에 대한 보조금으로, 반도체과학법(CHIPS Act)의 제조 인센티브 예산 390억 달러(총 527억 달러 중, 2025년 1월까지 최대 337억 달러 지원 확정)에 해당합니다. 2025년까지 79억 달러가 지급되었으며(인텔 지원금으로, 그중 57억 달러는 지분 인수 방식으로 집행), 나머지 예산은 2026~2031년에 걸쳐 이행 단계(마일스톤)별로 지급됩니다. 팹 입지는 건설 기간 중 지급되는 자금에 따라 결정되고 §48D 투자세액공제(25%, 2026년 착공분은 35%, 이후 착공분은 적용 종료)가 이를 추가로 뒷받침하므로, 지급이 끝나면 미국 입지는 다시 줄어듭니다. 효과는 체감합니다. 10억 달러를 추가할 때마다 30~50%에 이르는 미국의 비용 격차를 줄이는 폭이 직전보다 작아집니다.</translation>
    </message>
    <message>
      <source>Korea chip investment tax credit (K-Chips Act)</source>
      <translation>국가전략기술(반도체) 시설투자 세액공제율</translation>
    </message>
    <message>
      <source>% of capex</source>
      <translation>%(시설투자액 대비)</translation>
    </message>
    <message>
      <source>Investment tax credit for large firms building semiconductor capacity in Korea: 6% before 2023, 15% under the 2023 K-Chips Act, 20% since the February 2025 amendment (the baseline). The lever sets the rate from 2026 to the law's sunset at the end of 2029. A higher credit lowers the user cost of capital, so Samsung and SK hynix invest more at home; the credit only offsets corporate tax actually owed, and what cannot be used is carried forward.</source>
      <translation>국내에 반도체 생산시설을 투자하는 대기업에 적용되는 국가전략기술(반도체) 시설투자 세액공제율입니다. 2023년 이전 6%, 2023년 「조세특례제한법」 개정(이른바 K-칩스법)으로 15%, 2025년 2월 개정 이후 20%(기준 시나리오)입니다. 이 정책 수단은 2026년부터 일몰 시점인 2029년 말까지의 공제율을 정합니다. 공제율이 높을수록 자본의 사용자 비용이 낮아져 삼성전자와 SK하이닉스의 국내 투자가 늘어납니다. 세액공제는 실제 납부할 법인세 범위에서만 적용되며, 공제받지 못한 금액은 이월됩니다.</translation>
    </message>
    <message>
      <source>US export-control scope on China</source>
      <translation>미국의 대중국 수출통제 범위</translation>
    </message>
    <message>
      <source>level</source>
      <translation>단계</translation>
    </message>
    <message>
      <source>How far US export controls on China reach, from none to full decoupling. Each level denies something more: advanced AI chips (1), chip-making tools and EDA (2), HBM (3), legacy-node tools with allies aligned (4). Each denial slows China's AI chips at first, but pushes it into its own indigenous effort that erodes the lead later, so whether wider controls backfire is a probability over the assumptions; they also cut Korean chip exports to China (half of them in 2024).</source>
      <translation>미국의 대중국 수출통제가 미치는 범위로, 통제 없음부터 완전한 디커플링까지입니다. 단계가 올라갈 때마다 통제 대상이 늘어납니다: 첨단 AI 반도체(1), 반도체 제조 장비 및 EDA(2), 고대역폭메모리(HBM)(3), 동맹국이 동참한 레거시 공정 장비(4). 각 통제는 처음에는 중국의 AI 반도체 발전을 늦추지만 중국의 자체 개발을 촉발해 시간이 지나면서 미국의 우위를 잠식합니다. 따라서 통제 확대가 역효과를 낼지는 가정 범위에 걸친 확률로 나타납니다. 통제 확대는 한국의 대중국 반도체 수출(2024년 전체의 절반)도 줄입니다.</translation>
    </message>
    <message>
      <source>none (pre-Oct 2022)</source>
      <translation>없음(2022년 10월 이전)</translation>
    </message>
    <message>
      <source>advanced AI chips only (Oct 2022)</source>
      <translation>첨단 AI 반도체만(2022년 10월)</translation>
    </message>
    <message>
      <source>+ chip-making tools and EDA (2023–24)</source>
      <translation>+ 반도체 제조 장비 및 EDA(2023~24년)</translation>
    </message>
    <message>
      <source>+ HBM, more tools and entities (Dec 2024)</source>
      <translation>+ 고대역폭메모리(HBM), 장비 추가 및 우려거래자 목록 등재 확대(2024년 12월)</translation>
    </message>
    <message>
      <source>full decoupling, allies aligned</source>
      <translation>완전한 디커플링, 동맹국 동참</translation>
    </message>
    <message>
      <source>US terms for Korean fabs in China</source>
      <translation>한국 기업 중국 팹에 대한 미국의 장비 반입 조건</translation>
    </message>
    <message>
      <source>choice</source>
      <translation>선택</translation>
    </message>
    <message>
      <source>How Samsung (Xi'an, ≈40% of its NAND) and SK hynix (Wuxi, ≈40% of its DRAM; Dalian NAND) may bring US tools into their China fabs. Blanket validated-end-user (VEU) authorisation held until 2025; the US revoked it with effect from 31 December 2025 (Federal Register, 2 September 2025) and licenses running the existing fabs but not expanding or upgrading them: operate-only, the baseline from 2026. Operate-only puts a share of that output at risk as its nodes age; denied (no US tools, parts or service) puts it all at risk over a few years.</source>
      <translation>삼성전자(시안, 자사 낸드의 약 40%)와 SK하이닉스(우시, 자사 D램의 약 40%; 다롄 낸드)가 중국 팹에 미국산 장비를 반입할 수 있는 조건입니다. 건별 허가 없이 반입할 수 있는 VEU(검증된 최종사용자) 지위는 2025년까지 유지되었으나, 미국은 2025년 12월 31일자로 이를 철회하고(연방관보, 2025년 9월 2일) 기존 팹 운영에 필요한 반입만 허가할 뿐 증설이나 업그레이드는 허가하지 않습니다. 이 운영 한정 허가가 2026년부터의 기준 시나리오입니다. 운영 한정 허가에서는 공정이 노후화되면서 해당 생산의 일부에 차질 위험이 생기고, 불허(미국산 장비·부품·서비스 모두 불가) 시에는 몇 년에 걸쳐 생산 전부가 차질 위험에 놓입니다.</translation>
    </message>
    <message>
      <source>Denied: no US tools</source>
      <translation>불허: 미국산 장비 반입 불가</translation>
    </message>
    <message>
      <source>Operate-only licences</source>
      <translation>운영 한정 허가(증설·업그레이드 불허)</translation>
    </message>
    <message>
      <source>Blanket VEU authorisation</source>
      <translation>VEU(검증된 최종사용자) 지위 부여</translation>
    </message>
    <message>
      <source>Korea renewable capacity in 2030 (× 2023)</source>
      <translation>2030년 한국 재생에너지 설비용량(2023년 대비 배수)</translation>
    </message>
    <message>
      <source>×</source>
      <translation>배</translation>
    </message>
    <message>
      <source>Korea's renewable capacity in 2030 as a multiple of end-2023's 31.5 GW; 3.0 is the op-ed's tripling. Baseline 2.4× (≈76 GW) is the 11th Basic Plan's 2030 solar and wind goal (72 GW) plus today's other renewables; docs/MODEL.md's validation table compares the share of generation it gives with the plan's 18.8%. Building faster than the industry can deliver meets a feasible-build ceiling, which falls in cost with learning and joint R&amp;D, and no build pushes clean supply past what the grid can absorb.</source>
      <translation>2030년 한국의 재생에너지 설비용량을 2023년 말 31.5 GW의 배수로 나타낸 값입니다. 3.0은 기고문이 제시한 3배 확대에 해당합니다. 기준 시나리오 2.4배(약 76 GW)는 「제11차 전력수급기본계획」의 2030년 태양광·풍력 목표(72 GW)에 현재의 기타 재생에너지를 더한 값이며, 이에 따른 재생에너지 발전 비중은 docs/MODEL.md의 검증 표에서 계획상 비중 18.8%와 비교합니다. 산업계의 공급 능력보다 빠르게 보급하려 하면 보급 가능량 상한에 부딪히며, 이 상한은 학습 효과와 공동 R&amp;D로 비용이 내려갈수록 높아집니다. 또한 보급 규모와 관계없이 무탄소 전력 공급은 전력망이 수용할 수 있는 수준을 넘지 않습니다.</translation>
    </message>
    <message>
      <source>Korea's nuclear capacity in 2038</source>
      <translation>2038년 한국 원전 설비용량</translation>
    </message>
    <message>
      <source>GW</source>
      <translation>GW</translation>
    </message>
    <message>
      <source>Korea's nuclear fleet in 2038. Baseline 33 GW is the 11th Basic Plan for Electricity (February 2025): today's 26 units with their licences extended, Saeul 3–4 (2026–27), Shin Hanul 3–4 (2032–33), a small modular reactor (2035) and two new APR1400s (2037–38). More follows the same timetable with more units; less closes units as their licences end. Nuclear output is clean supply: it raises the clean coverage of fabs and data centres and cuts their CO2.</source>
      <translation>2038년 한국의 원전 설비용량입니다. 기준 시나리오 33 GW는 「제11차 전력수급기본계획」(2025년 2월)에 따른 것으로, 현재 26기의 계속운전, 새울 3·4호기(2026~27년), 신한울 3·4호기(2032~33년), 소형모듈원자로(2035년), 신규 APR1400 2기(2037~38년)를 포함합니다. 이보다 크면 같은 일정으로 더 많은 호기가 들어서고, 작으면 운영허가가 만료되는 호기부터 영구정지됩니다. 원전 발전량은 무탄소 전력 공급으로서 팹과 데이터센터의 무탄소 전력 충당률을 높이고 CO2 배출을 줄입니다.</translation>
    </message>
    <message>
      <source>E-4 visas for Korean professionals</source>
      <translation>한국 전문인력 E-4 비자</translation>
    </message>
    <message>
      <source>visas / year</source>
      <translation>건/년</translation>
    </message>
    <message>
      <source>Visas a year for Korean professionals under the proposed Partner with Korea Act (15,000 proposed; not enacted, so the baseline is 0). Some holders fill US fab jobs; those who go home bring US fab and clean-tech experience back to Korea.</source>
      <translation>발의된 한국 동반자법(Partner with Korea Act)에 따른 한국 전문인력 대상 연간 비자 발급 건수입니다(15,000건 제안, 미제정이므로 기준 시나리오는 0). 일부 비자 소지자는 미국 팹의 일자리를 채우며, 귀국하는 인력은 미국 팹과 청정기술 분야의 경험을 한국에 가져옵니다.</translation>
    </message>
    <message>
      <source>Joint US–Korea clean-energy R&amp;D</source>
      <translation>한미 청정에너지 공동 R&amp;D</translation>
    </message>
    <message>
      <source>Joint lab cooperation funding, shared equally. Baseline $10 million a year: the NSF–MSIT programme after the first Critical and Emerging Technologies Dialogue (Dec 2023). R&amp;D lowers clean-build costs after a lag and sends researchers home with US experience.</source>
      <translation>양국이 균등하게 분담하는 공동 연구 협력 자금입니다. 기준 시나리오는 연 1,000만 달러로, 제1차 한미 차세대 핵심·신흥기술 대화(2023년 12월) 이후 마련된 미국 국립과학재단(NSF)–과학기술정보통신부 공동연구 프로그램입니다. R&amp;D는 일정한 시차를 두고 청정에너지 보급 비용을 낮추며, 연구자들이 미국 경험을 쌓고 귀국하게 합니다.</translation>
    </message>
    <message>
      <source>US tariff on imported chips</source>
      <translation>미국의 수입 반도체 관세</translation>
    </message>
    <message>
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <source>A general US tariff on imported semiconductors from 2026, with the exemption announced for firms building fabs in the US. Baseline 0%: at the date of writing (1 December 2026) no general Section 232 chip tariff was in force. Proclamation 11002 (14 January 2026) put 25% only on a narrow set of advanced AI accelerators not used in the US, which Korean memory is not; the tariff of about 100% announced on 6 August 2025, with no charge for firms building in the US, is context, not law. The tariff cuts Korean chip exports to the US, less the part the exemption covers because Samsung (Taylor) and SK hynix (Indiana) build there; and it adds to the return on building in the US, so Korean makers site more new capacity there and invest less at home. Its pull on other firms' siting is not modelled.</source>
      <translation>2026년부터 미국이 수입 반도체에 부과하는 일반 관세로, 미국에 팹을 짓는 기업에 대해 발표된 면제를 포함합니다. 기준 시나리오는 0%입니다. 작성 시점(2026년 12월 1일) 기준으로 무역확장법 제232조에 따른 일반 반도체 관세는 시행되고 있지 않았습니다. 포고문 11002호(2026년 1월 14일)는 미국 내에서 사용되지 않는 일부 첨단 AI 가속기에만 25%를 부과했으며, 한국산 메모리는 여기에 해당하지 않습니다. 2025년 8월 6일 발표된 약 100% 관세(미국에 공장을 짓는 기업은 면제)는 배경일 뿐 법적으로 시행된 것이 아닙니다. 관세는 한국의 대미 반도체 수출을 줄이되, 삼성전자(테일러)와 SK하이닉스(인디애나)가 미국에 공장을 짓기 때문에 면제되는 부분은 제외합니다. 또한 미국 내 투자의 수익을 높여 한국 기업이 신규 생산능력을 미국에 더 많이 배치하고 국내 투자를 줄이게 합니다. 다른 기업의 입지에 미치는 효과는 모형에 반영하지 않습니다.</translation>
    </message>
    <message>
      <source>China's response</source>
      <translation>중국의 대응</translation>
    </message>
    <message>
      <source>How China answers US-led controls, from 2026. Baseline 1: export licensing of gallium and germanium (from August 2023) and graphite (from December 2023), as in force. 0 lifts the licensing, so Korean makers stop losing the small share of output it costs them; 2 denies US-aligned firms the minerals outright and excludes them from China's market, which cuts Korean chip exports to China (half of them with Hong Kong in 2024) and the sales of Korean fabs in China, phasing in over about two years. A higher level never raises Korean chip exports.</source>
      <translation>2026년부터 미국 주도의 수출통제에 대한 중국의 대응입니다. 기준 시나리오는 1단계로, 현재 시행 중인 갈륨·게르마늄(2023년 8월부터)과 흑연(2023년 12월부터)의 수출허가제입니다. 0단계는 허가제를 해제하여 한국 기업이 그로 인해 잃던 소폭의 생산을 회복합니다. 2단계는 미국 측 기업에 대한 광물 공급을 전면 차단하고 이들을 중국 시장에서 배제하는 것으로, 한국의 대중국 반도체 수출(2024년 홍콩 포함 약 절반)과 한국 기업 중국 팹의 판매를 약 2년에 걸쳐 줄입니다. 단계가 높아져도 한국 반도체 수출은 늘지 않습니다.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>없음</translation>
    </message>
    <message>
      <source>critical-mineral export licensing (since 2023)</source>
      <translation>핵심광물 수출허가제(2023년부터)</translation>
    </message>
    <message>
      <source>+ market exclusion of US-aligned firms</source>
      <translation>+ 미국 측 기업의 시장 배제</translation>
    </message>
    <message>
      <source>US share of world fab capacity</source>
      <translation>세계 팹 생산능력 중 미국 비중</translation>
    </message>
    <message>
      <source>US fabs' share of world wafer capacity.</source>
      <translation>세계 웨이퍼 생산능력 중 미국 팹이 차지하는 비중입니다.</translation>
    </message>
    <message>
      <source>US share of leading-edge logic</source>
      <translation>첨단 공정 로직 중 미국 비중</translation>
    </message>
    <message>
      <source>US share of world &lt; 10 nm logic capacity.</source>
      <translation>세계 10 nm 미만 로직 생산능력 중 미국의 비중입니다.</translation>
    </message>
    <message>
      <source>Korea share of world chip market</source>
      <translation>세계 반도체 시장 중 한국 점유율</translation>
    </message>
    <message>
      <source>Korean makers' share of world semiconductor sales.</source>
      <translation>세계 반도체 매출 중 한국 기업의 점유율입니다.</translation>
    </message>
    <message>
      <source>Korean chip exports</source>
      <translation>한국 반도체 수출</translation>
    </message>
    <message>
      <source>Semiconductor exports from Korea.</source>
      <translation>한국의 반도체 수출액입니다.</translation>
    </message>
    <message>
      <source>Chips' share of Korean exports</source>
      <translation>한국 수출 중 반도체 비중</translation>
    </message>
    <message>
      <source>Semiconductors as a share of all Korean exports: income, but also concentration.</source>
      <translation>한국 전체 수출에서 반도체가 차지하는 비중입니다. 소득원인 동시에 수출 집중도를 나타냅니다.</translation>
    </message>
    <message>
      <source>Korean makers' capacity in the US</source>
      <translation>한국 기업의 미국 내 생산능력</translation>
    </message>
    <message>
      <source>% of their capacity</source>
      <translation>%(자사 생산능력 대비)</translation>
    </message>
    <message>
      <source>Share of Samsung's and SK hynix's wafer capacity that sits on US soil (Austin, Taylor, Indiana): where US support pulls Korean investment. Neutral: it builds allied capacity and moves investment out of Korea.</source>
      <translation>삼성전자와 SK하이닉스의 웨이퍼 생산능력 중 미국에 있는 비중입니다(오스틴, 테일러, 인디애나). 미국의 지원이 한국 기업의 투자를 끌어가는 정도를 보여 줍니다. 중립 지표: 동맹국 생산능력을 늘리는 동시에 투자를 한국 밖으로 옮깁니다.</translation>
    </message>
    <message>
      <source>Korean makers' chip investment in Korea</source>
      <translation>한국 기업의 국내 반도체 투자</translation>
    </message>
    <message>
      <source>Samsung's and SK hynix's chip investment in Korea: what the K-Chips credit applies to, and what US support draws away.</source>
      <translation>삼성전자와 SK하이닉스의 국내 반도체 투자입니다. 국가전략기술(반도체) 시설투자 세액공제가 적용되는 대상이자 미국의 지원이 끌어가는 부분입니다.</translation>
    </message>
    <message>
      <source>Korean memory output at risk in China</source>
      <translation>한국 기업 중국 내 메모리 생산 차질 위험</translation>
    </message>
    <message>
      <source>% of Korean memory output</source>
      <translation>%(한국 기업 메모리 생산 대비)</translation>
    </message>
    <message>
      <source>Korean memory output made in China fabs that the chosen controls put at risk.</source>
      <translation>한국 기업 메모리 생산 중 중국 팹에서 생산되어 선택한 통제 조건에 따라 차질 위험에 놓이는 비율입니다.</translation>
    </message>
    <message>
      <source>US data-centre electricity</source>
      <translation>미국 데이터센터 전력 사용량</translation>
    </message>
    <message>
      <source>TWh / year</source>
      <translation>TWh/년</translation>
    </message>
    <message>
      <source>Electricity used by US data centres.</source>
      <translation>미국 데이터센터가 사용하는 전력량입니다.</translation>
    </message>
    <message>
      <source>US data centres' share of generation</source>
      <translation>발전량 중 미국 데이터센터 비중</translation>
    </message>
    <message>
      <source>US data-centre electricity as a share of US generation.</source>
      <translation>미국 전체 발전량 대비 미국 데이터센터 전력 사용량의 비중입니다.</translation>
    </message>
    <message>
      <source>Renewables' share of Korean power</source>
      <translation>한국 재생에너지 발전 비중</translation>
    </message>
    <message>
      <source>Renewables' share of Korean generation.</source>
      <translation>한국 총발전량 대비 재생에너지 발전 비중입니다.</translation>
    </message>
    <message>
      <source>Korean fab + data-centre power</source>
      <translation>한국 팹·데이터센터 전력 수요</translation>
    </message>
    <message>
      <source>Electricity demand of Korean fabs and data centres: what they would draw if the grid could connect all of it.</source>
      <translation>한국 팹과 데이터센터의 전력 수요로, 전력망이 모두 연결할 수 있다고 할 때 사용하게 될 전력량입니다.</translation>
    </message>
    <message>
      <source>Korean fab + DC demand the grid cannot yet connect</source>
      <translation>전력망이 아직 연결하지 못하는 한국 팹·데이터센터 수요</translation>
    </message>
    <message>
      <source>Electricity Korean fabs and data centres would draw but cannot, because the grid connects only so much new load a year (fabs first). Zero in history and while the limit does not bind; unpowered fabs make no chips.</source>
      <translation>전력망이 해마다 연결할 수 있는 신규 부하에 한도가 있어(팹 우선) 한국 팹과 데이터센터가 사용하려 해도 공급받지 못하는 전력량입니다. 실적 연도와 한도가 제약이 되지 않는 동안에는 0이며, 전력을 받지 못한 팹은 반도체를 생산하지 못합니다.</translation>
    </message>
    <message>
      <source>Clean-power coverage of Korean fabs + DCs</source>
      <translation>한국 팹·데이터센터 무탄소 전력 충당률</translation>
    </message>
    <message>
      <source>Share of the power Korean fabs and data centres draw that is clean (renewable + nuclear): the grid's clean share for load up to 2025's level; new load gets the clean supply the levers add first and the fossil margin after.</source>
      <translation>한국 팹과 데이터센터가 사용하는 전력 중 무탄소 전력(재생에너지 + 원자력)의 비율입니다. 2025년 수준까지의 부하에는 전력망의 무탄소 전력 비중을 적용하고, 신규 부하에는 정책 수단이 추가하는 무탄소 전력 공급을 먼저, 그다음 한계 화석발전을 적용합니다.</translation>
    </message>
    <message>
      <source>CO2 from Korean fab + DC power</source>
      <translation>한국 팹·데이터센터 전력의 CO2 배출량</translation>
    </message>
    <message>
      <source>Mt / year</source>
      <translation>백만 톤/년</translation>
    </message>
    <message>
      <source>CO2 from the fossil power Korean fabs and data centres use: the grid average for load up to 2025's level, the fossil margin for new load not met by added clean supply.</source>
      <translation>한국 팹과 데이터센터가 사용하는 화석발전 전력에서 나오는 CO2입니다. 2025년 수준까지의 부하에는 전력망 평균을, 추가된 무탄소 전력 공급으로 충당되지 않는 신규 부하에는 한계 화석발전을 적용합니다.</translation>
    </message>
    <message>
      <source>Unfilled US chip jobs</source>
      <translation>미국 반도체 일자리 미충원</translation>
    </message>
    <message>
      <source>thousand jobs</source>
      <translation>천 개 일자리</translation>
    </message>
    <message>
      <source>New US chip-industry jobs left unfilled.</source>
      <translation>충원되지 못한 미국 반도체 산업 신규 일자리입니다.</translation>
    </message>
    <message>
      <source>Korean returnees with US experience</source>
      <translation>미국 경험을 갖춘 한국인 귀국 인력</translation>
    </message>
    <message>
      <source>people (cumulative)</source>
      <translation>명(누적)</translation>
    </message>
    <message>
      <source>Korean professionals back home with US fab or clean-tech experience, since 2022.</source>
      <translation>2022년 이후 미국 팹 또는 청정기술 분야 경험을 쌓고 귀국한 한국 전문인력입니다.</translation>
    </message>
    <message>
      <source>US subsidy outlay (cumulative)</source>
      <translation>미국 보조금 지출 누적액</translation>
    </message>
    <message>
      <source>Cumulative US outlay on manufacturing incentives and its half of joint R&amp;D.</source>
      <translation>제조 인센티브와 공동 R&amp;D 중 미국 분담분(절반)에 대한 미국의 누적 지출입니다.</translation>
    </message>
    <message>
      <source>Korean revenue forgone (cumulative)</source>
      <translation>한국 세수 감소(조세지출) 누적액</translation>
    </message>
    <message>
      <source>Cumulative tax revenue Korea forgoes for chip investment credits, since 2023.</source>
      <translation>2023년 이후 국가전략기술(반도체) 시설투자 세액공제에 따른 한국의 세수 감소(조세지출) 누적액입니다.</translation>
    </message>
    <message>
      <source>China's AI-chip gap</source>
      <translation>중국의 AI 반도체 격차</translation>
    </message>
    <message>
      <source>years</source>
      <translation>년</translation>
    </message>
    <message>
      <source>Years China's best domestic AI chips trail the frontier.</source>
      <translation>중국 최고 수준의 자국산 AI 반도체가 최첨단 제품에 뒤처진 기간(년)입니다.</translation>
    </message>
    <message>
      <source>China share of legacy-node capacity</source>
      <translation>레거시(성숙) 공정 생산능력 중 중국 비중</translation>
    </message>
    <message>
      <source>China's share of world ≥ 28 nm capacity.</source>
      <translation>세계 28 nm 이상 생산능력 중 중국의 비중입니다.</translation>
    </message>
    <message>
      <source>Concentration of chip capacity (HHI)</source>
      <translation>반도체 생산능력 집중도: 허핀달-허쉬만 지수(HHI)</translation>
    </message>
    <message>
      <source>index</source>
      <translation>지수</translation>
    </message>
    <message>
      <source>Herfindahl–Hirschman index of world fab capacity across seven regions (0–10,000).</source>
      <translation>7개 지역 간 세계 팹 생산능력의 허핀달-허쉬만 지수(HHI)입니다(0~10,000).</translation>
    </message>
    <message>
      <source>Collective resilience index</source>
      <translation>공동 회복력 지수</translation>
    </message>
    <message>
      <source>Weighted mean of five 0–100 scores: allied share of world fab capacity, allied leading-edge capacity outside Taiwan, US chip jobs filled, Korean clean-power supply and Korean China-fab security. Building allied capacity never lowers it; the weights are assumptions, normalised to sum to one.</source>
      <translation>0~100점으로 산정한 다섯 가지 점수의 가중평균입니다: 세계 팹 생산능력 중 동맹국 비중, 대만 외 동맹국 첨단 공정 생산능력, 미국 반도체 일자리 충원, 한국 무탄소 전력 공급, 한국 기업 중국 팹 안정성. 동맹국 생산능력을 확충해도 이 지수는 낮아지지 않으며, 가중치는 가정에서 정하고 합이 1이 되도록 정규화합니다.</translation>
    </message>
    <message>
      <source>World fab capacity growth from 2026</source>
      <translation>2026년 이후 세계 팹 생산능력 증가율</translation>
    </message>
    <message>
      <source>share / year</source>
      <translation>비율/년</translation>
    </message>
    <message>
      <source>Growth of world wafer capacity from 2026 (SEMI: +5.5% in 2023, about +6–7% a year in 2024–25, which the model takes as history); it fades toward 3% a year after 2032.</source>
      <translation>2026년 이후 세계 웨이퍼 생산능력의 증가율입니다(SEMI: 2023년 +5.5%, 2024~25년 연간 약 +6~7%이며, 모형은 이를 실적치로 반영). 2032년 이후에는 연 3% 수준으로 점차 둔화됩니다.</translation>
    </message>
    <message>
      <source>Fab capacity retired a year</source>
      <translation>연간 팹 생산능력 폐지 비율</translation>
    </message>
    <message>
      <source>Share of installed capacity retired or converted each year, everywhere.</source>
      <translation>전 세계에서 매년 폐지되거나 다른 용도로 전환되는 설치 생산능력의 비율입니다.</translation>
    </message>
    <message>
      <source>World leading-edge capacity growth from 2026</source>
      <translation>2026년 이후 세계 첨단 공정 생산능력 증가율</translation>
    </message>
    <message>
      <source>Growth of world &lt; 10 nm logic capacity (AI accelerators, smartphone SoCs) from 2026. SEMI: 7 nm and below grows from 850,000 wafers a month in 2024 to 1.4 million in 2028, about 14% a year (+15% in 2025, which the model takes as history).</source>
      <translation>2026년 이후 세계 10 nm 미만 로직 생산능력(AI 가속기, 스마트폰 SoC)의 증가율입니다. SEMI: 7 nm 이하 생산능력은 2024년 월 850,000장에서 2028년 월 140만 장으로 연간 약 14% 증가합니다(2025년 +15%이며, 모형은 이를 실적치로 반영).</translation>
    </message>
    <message>
      <source>US fab construction time</source>
      <translation>미국 팹 건설 기간</translation>
    </message>
    <message>
      <source>Decision to first output for a US fab, permitting included: ≈38 months vs ≈19 in Taiwan; the 1990–2020 average build alone was 736 days vs Taiwan's 654.</source>
      <translation>인허가를 포함해 미국 팹의 건설 결정부터 첫 생산까지 걸리는 기간입니다. 미국은 약 38개월, 대만은 약 19개월이며, 1990~2020년 평균 건설 기간만 보아도 미국 736일, 대만 654일이었습니다.</translation>
    </message>
    <message>
      <source>US fab investment a year under CHIPS</source>
      <translation>반도체과학법에 따른 연간 미국 팹 투자</translation>
    </message>
    <message>
      <source>Fab investment in the US a year with today's incentives: BCG/SIA 2024 put 28% of the world's ≈$2.3 trillion of 2024–32 capex in the US (≈$72B a year). Grants are spread over it; the §48D credit is a share of it.</source>
      <translation>현행 인센티브에서 이루어지는 연간 미국 팹 투자액입니다. BCG/SIA(2024)는 2024~32년 세계 설비투자 약 2조 3,000억 달러 중 28%가 미국에서 이루어질 것으로 추정했습니다(연간 약 720억 달러). 보조금은 이 투자에 걸쳐 나누어 지급되며, §48D 투자세액공제는 이 투자액의 일정 비율입니다.</translation>
    </message>
    <message>
      <source>US fab cost premium</source>
      <translation>미국 팹 비용 할증분</translation>
    </message>
    <message>
      <source>share</source>
      <translation>비율</translation>
    </message>
    <message>
      <source>Extra cost of a US fab as a share of its cost: 30–50% higher cost of ownership than in Asia (1 − 1/1.3 to 1 − 1/1.5). Support covers it with diminishing returns: covered share = 1 − exp(−support / premium).</source>
      <translation>미국 팹의 추가 비용을 해당 팹 비용 대비 비율로 나타낸 값으로, 총소유비용이 아시아보다 30~50% 높습니다(1 − 1/1.3에서 1 − 1/1.5). 지원은 효과가 체감하는 방식으로 이를 보전합니다: 보전 비율 = 1 − exp(−지원 / 할증분).</translation>
    </message>
    <message>
      <source>US siting response to support</source>
      <translation>지원에 대한 미국 입지 반응도</translation>
    </message>
    <message>
      <source>pp per 10% of gap</source>
      <translation>격차 10%당 %p</translation>
    </message>
    <message>
      <source>Percentage points of the world's new capacity that locate in the US per 10% of the cost gap covered. Fitted to BCG/SIA 2024's 14% US share in 2032: that projection needs 3–4 times the rough prior of +0.5–1 pp even with the §48D credit counted as support, so the range runs from the prior's top to above the fit.</source>
      <translation>비용 격차를 10% 보전할 때마다 세계 신규 생산능력 중 미국에 입지하는 비중이 늘어나는 폭(%p)입니다. 2032년 미국 비중 14%라는 BCG/SIA(2024) 전망에 맞춰 보정했습니다. 이 전망을 재현하려면 §48D 투자세액공제를 지원에 포함하더라도 대략적인 사전 추정치 +0.5~1%p의 3~4배가 필요하므로, 범위는 사전 추정치의 상단부터 보정값을 웃도는 수준까지입니다.</translation>
    </message>
    <message>
      <source>US share of new capacity without support</source>
      <translation>지원이 없을 때 신규 생산능력 중 미국 비중</translation>
    </message>
    <message>
      <source>US share of the world's new fab capacity with neither grants nor the §48D credit. Fitted to BCG/SIA 2024's ≈8% US share in 2032 without the CHIPS Act.</source>
      <translation>보조금과 §48D 투자세액공제가 모두 없을 때 세계 신규 팹 생산능력 중 미국의 비중입니다. 반도체과학법(CHIPS Act)이 없을 경우 2032년 미국 비중이 약 8%라는 BCG/SIA(2024)의 추정에 맞춰 보정했습니다.</translation>
    </message>
    <message>
      <source>US share of new leading-edge capacity without support</source>
      <translation>지원이 없을 때 신규 첨단 공정 생산능력 중 미국 비중</translation>
    </message>
    <message>
      <source>US share of new &lt; 10 nm capacity without support (Intel's own and unsubsidised plans).</source>
      <translation>지원이 없을 때 신규 10 nm 미만 생산능력 중 미국의 비중입니다(인텔 자체 계획 및 보조금 없는 계획).</translation>
    </message>
    <message>
      <source>US leading-edge siting response</source>
      <translation>미국 첨단 공정 입지 반응도</translation>
    </message>
    <message>
      <source>Percentage points of new leading-edge capacity that locate in the US per 10% of the cost gap covered. Fitted to BCG/SIA 2024: 28% of world &lt; 10 nm capacity in 2032 (from 0% in 2022).</source>
      <translation>비용 격차를 10% 보전할 때마다 신규 첨단 공정 생산능력 중 미국에 입지하는 비중이 늘어나는 폭(%p)입니다. BCG/SIA(2024)에 맞춰 보정했습니다: 2032년 세계 10 nm 미만 생산능력의 28%(2022년 0%에서 증가).</translation>
    </message>
    <message>
      <source>New US chip jobs per doubling of capacity</source>
      <translation>생산능력 2배 증가당 미국 반도체 신규 일자리</translation>
    </message>
    <message>
      <source>New chip-industry jobs for each +100% of 2022 US fab capacity. Fitted so the baseline creates SIA/Oxford's 115,000 new jobs by 2030.</source>
      <translation>미국 팹 생산능력이 2022년 대비 +100% 늘어날 때마다 생기는 반도체 산업 신규 일자리입니다. 기준 시나리오에서 SIA/옥스퍼드 추정치인 2030년까지 신규 일자리 115,000개가 창출되도록 보정했습니다.</translation>
    </message>
    <message>
      <source>New US chip workers trained a year</source>
      <translation>연간 미국 반도체 신규 인력 양성 규모</translation>
    </message>
    <message>
      <source>thousand / year</source>
      <translation>천 명/년</translation>
    </message>
    <message>
      <source>Chip workers the domestic pipeline supplies each year before any response to shortages. Fitted to SIA/Oxford: 48,000 of the 115,000 new jobs by 2030 are filled, 67,000 at risk.</source>
      <translation>인력 부족에 대한 대응이 이루어지기 전에 미국 국내 인력 양성 체계가 매년 공급하는 반도체 인력입니다. SIA/옥스퍼드 추정에 맞춰 보정했습니다: 2030년까지 신규 일자리 115,000개 중 48,000개가 충원되고 67,000개는 미충원 위험이 있습니다.</translation>
    </message>
    <message>
      <source>Training response to unfilled jobs</source>
      <translation>미충원 일자리에 대한 인력 양성 대응도</translation>
    </message>
    <message>
      <source>Share of last year's unfilled chip jobs that extra training, hiring from other industries and higher pay fill this year (from 2031, after SIA/Oxford's horizon). Keeps the gap a pressure that firms answer, not a number that grows forever.</source>
      <translation>전년도 미충원 반도체 일자리 중 추가 교육훈련, 타 산업 인력 채용, 임금 인상을 통해 당해 연도에 충원되는 비율입니다(SIA/옥스퍼드 전망 기간 이후인 2031년부터 적용). 인력 격차가 끝없이 커지는 수치가 아니라 기업이 대응하는 압력으로 작용하도록 합니다.</translation>
    </message>
    <message>
      <source>Capacity lost to unfilled jobs</source>
      <translation>일자리 미충원에 따른 생산능력 손실</translation>
    </message>
    <message>
      <source>Share of planned new US capacity that does not ramp, per unit share of new jobs left unfilled (TSMC Arizona slipped a year for lack of skilled installers).</source>
      <translation>신규 일자리 미충원 비율 1단위당 가동에 이르지 못하는 미국 신규 계획 생산능력의 비율입니다(TSMC 애리조나 공장은 숙련 설치 인력 부족으로 1년 지연되었습니다).</translation>
    </message>
    <message>
      <source>E-4 visa uptake</source>
      <translation>E-4 비자 활용률</translation>
    </message>
    <message>
      <source>Share of the visa quota actually used each year.</source>
      <translation>매년 실제로 사용되는 비자 쿼터의 비율입니다.</translation>
    </message>
    <message>
      <source>E-4 holders in chip jobs</source>
      <translation>반도체 분야 E-4 비자 소지자</translation>
    </message>
    <message>
      <source>Share of E-4 holders who work in US fabs and chip firms (no data exists).</source>
      <translation>미국 팹 및 반도체 기업에서 일하는 E-4 비자 소지자의 비율입니다(관련 데이터 없음).</translation>
    </message>
    <message>
      <source>E-4 holders building US fabs</source>
      <translation>미국 팹 건설 분야 E-4 비자 소지자</translation>
    </message>
    <message>
      <source>Share of E-4 holders who build US fabs and install their tools: Korean contractors' and toolmakers' crews, whose lack of work visas has held up Korean plants in the US. Like holders in chip jobs they fill the workforce new fabs need to ramp (TSMC Arizona slipped a year for lack of skilled installers). No data exists (assumption); if the three E-4 shares add up to more than one they are scaled down to it.</source>
      <translation>미국 팹을 건설하고 장비를 설치하는 E-4 비자 소지자의 비율입니다. 한국 건설사와 장비업체의 작업 인력으로, 취업비자가 없어 미국 내 한국 공장 건설이 지연된 바 있습니다. 반도체 일자리 종사자와 마찬가지로 신규 팹 가동에 필요한 인력을 채웁니다(TSMC 애리조나 공장은 숙련 설치 인력 부족으로 1년 지연). 관련 데이터가 없는 가정이며, E-4 세 비율의 합이 1을 넘으면 1에 맞게 줄입니다.</translation>
    </message>
    <message>
      <source>E-4 holders in clean-tech jobs</source>
      <translation>청정기술 분야 E-4 비자 소지자</translation>
    </message>
    <message>
      <source>Share of E-4 holders who work in US clean-energy firms and labs (no data exists).</source>
      <translation>미국 청정에너지 기업 및 연구소에서 일하는 E-4 비자 소지자의 비율입니다(관련 데이터 없음).</translation>
    </message>
    <message>
      <source>E-4 holders returning home a year</source>
      <translation>연간 E-4 비자 소지자 귀국 비율</translation>
    </message>
    <message>
      <source>Share of the E-4 stock that returns to Korea each year.</source>
      <translation>전체 E-4 비자 소지자 중 매년 한국으로 귀국하는 비율입니다.</translation>
    </message>
    <message>
      <source>Returnees via existing routes</source>
      <translation>기존 경로를 통한 귀국 인력</translation>
    </message>
    <message>
      <source>people / year</source>
      <translation>명/년</translation>
    </message>
    <message>
      <source>Korean professionals returning each year with US fab or clean-tech experience via H-1B, L-1 and study routes, before any new visa.</source>
      <translation>신규 비자 도입 이전에 H-1B, L-1 비자 및 유학 경로를 통해 미국 팹 또는 청정기술 분야 경험을 쌓고 매년 귀국하는 한국 전문인력입니다.</translation>
    </message>
    <message>
      <source>Renewable build added per 1,000 clean-energy returnees</source>
      <translation>청정에너지 분야 귀국 인력 1,000명당 재생에너지 보급 가능량 증가</translation>
    </message>
    <message>
      <source>share / 1,000 people</source>
      <translation>비율/1,000명</translation>
    </message>
    <message>
      <source>How much more renewable capacity Korea can build a year (its feasible build) per 1,000 E-4 holders back from US clean-energy jobs: developers, engineers and installers with offshore-wind, storage and grid experience, a few per cent of an industry of tens of thousands. The effect saturates at a quarter more build: returnees relieve a skills bottleneck, not the grid, permits or capital. Returnees via today's routes are already in the feasible build. A judgement with its range (assumption: no study measures it); 0 is the view that talent flows change nothing.</source>
      <translation>미국 청정에너지 분야에서 일하고 돌아온 E-4 비자 소지자 1,000명당 한국의 연간 재생에너지 보급 가능량이 늘어나는 정도입니다. 해상풍력·에너지저장·전력망 경험을 갖춘 개발자, 엔지니어, 설치 인력으로, 수만 명 규모 산업의 몇 퍼센트에 해당합니다. 효과는 보급 가능량 4분의 1 증가에서 포화됩니다. 귀국 인력은 인력 병목을 완화할 뿐 전력망, 인허가, 자본 제약을 풀지는 못하기 때문입니다. 기존 경로로 돌아오는 인력은 이미 보급 가능량에 반영되어 있습니다. 범위를 함께 제시한 판단이며(가정: 이를 측정한 연구 없음), 0은 인재 이동이 아무것도 바꾸지 못한다는 견해입니다.</translation>
    </message>
    <message>
      <source>Researchers exchanged per $1M of joint R&amp;D</source>
      <translation>공동 R&amp;D 100만 달러당 연구자 교류 인원</translation>
    </message>
    <message>
      <source>people / $M</source>
      <translation>명/100만 달러</translation>
    </message>
    <message>
      <source>Korean researchers spending a two-year stint in US labs per $1 million a year of joint funding.</source>
      <translation>연간 공동 자금 100만 달러당 미국 연구소에서 2년간 근무하는 한국 연구자 수입니다.</translation>
    </message>
    <message>
      <source>AI data-centre demand growth in 2025</source>
      <translation>2025년 AI 데이터센터 수요 증가율</translation>
    </message>
    <message>
      <source>The one AI-demand driver: growth in 2025 of the electricity AI data centres draw (compute demand net of efficiency gains), fading toward conventional growth with the surge's fade time. It sets US data-centre electricity, Korean data-centre electricity (kr_dc_growth_premium) and world memory demand (memory_ai_elasticity), so moving it moves all three together. Central value fitted to IEA's base case (US data centres +130%, ≈+240 TWh, 2024–2030); the low and high ends are set so that the ensemble's 90% band spans LBNL's low and high scenarios (325–580 TWh in 2028) and EPRI's (4.6–9.1% of US generation in 2030). Those sources disagree, so the ends themselves lie beyond both (the high end: about 20% of US generation in 2030).</source>
      <translation>하나의 AI 수요 동인: AI 데이터센터가 사용하는 전력의 2025년 증가율(효율 개선을 뺀 연산 수요)로, 급증세가 꺾이는 기간에 따라 통상적인 증가율로 수렴합니다. 미국 데이터센터 전력, 한국 데이터센터 전력(kr_dc_growth_premium), 세계 메모리 수요(memory_ai_elasticity)를 함께 결정하므로, 이 값을 움직이면 세 가지가 함께 움직입니다. 중앙값은 IEA 기본 전망(Base Case, 미국 데이터센터 +130%, 약 +240 TWh, 2024~2030년)에 맞춘 값입니다. 하한과 상한은 앙상블의 90% 구간이 LBNL의 저·고 시나리오(2028년 325~580 TWh)와 EPRI의 시나리오(2030년 미국 발전량의 4.6~9.1%)를 모두 포괄하도록 정했습니다. 두 자료의 전망이 서로 달라 양 끝값은 두 자료의 범위를 모두 벗어납니다(상한: 2030년 미국 발전량의 약 20%).</translation>
    </message>
    <message>
      <source>Years for the AI power surge to fade</source>
      <translation>AI 전력 급증세 둔화 기간</translation>
    </message>
    <message>
      <source>e-folding time with which data-centre electricity growth falls back toward conventional growth.</source>
      <translation>데이터센터 전력 사용량 증가율이 일반 증가율 수준으로 되돌아가는 e-폴딩 시간입니다.</translation>
    </message>
    <message>
      <source>Conventional data-centre power growth</source>
      <translation>일반 데이터센터 전력 증가율</translation>
    </message>
    <message>
      <source>Growth of data-centre electricity once the AI surge has faded (cloud, enterprise).</source>
      <translation>AI 급증세가 둔화된 이후의 데이터센터(클라우드, 기업용) 전력 사용량 증가율입니다.</translation>
    </message>
    <message>
      <source>PUE of new data centres</source>
      <translation>신규 데이터센터 PUE</translation>
    </message>
    <message>
      <source>ratio</source>
      <translation>비율</translation>
    </message>
    <message>
      <source>Power usage effectiveness of new large sites; the fleet average (1.56 in 2024, 1.54 in 2025) converges on it as older halls retire. A PUE is never below 1.</source>
      <translation>신규 대형 데이터센터의 전력 사용 효율(PUE)입니다. 노후 시설이 폐지되면서 전체 평균(2024년 1.56, 2025년 1.54)이 이 값으로 수렴합니다. PUE는 1보다 낮을 수 없습니다.</translation>
    </message>
    <message>
      <source>Growth of other US electricity demand</source>
      <translation>미국 기타 전력 수요 증가율</translation>
    </message>
    <message>
      <source>Growth of US generation for everything but data centres (electrification, factories).</source>
      <translation>데이터센터를 제외한 모든 부문(전기화, 공장)의 미국 발전량 증가율입니다.</translation>
    </message>
    <message>
      <source>Korean data-centre growth above the AI driver</source>
      <translation>AI 동인 대비 한국 데이터센터 추가 증가율</translation>
    </message>
    <message>
      <source>Korean data-centre electricity grows from 2024 at the AI driver's rate plus this premium, fading toward conventional growth like the US surge: Korea builds from a smaller base (≈5 TWh in 2023, ≈15 TWh expected in 2027). Central 0.3 gives +55% in 2024 at the driver's central value; the range gives +35% to +75%.</source>
      <translation>한국 데이터센터 전력은 2024년부터 AI 동인의 증가율에 이 추가분을 더한 속도로 증가하며, 미국의 급증세처럼 통상적인 증가율로 수렴합니다. 한국은 더 작은 기반(2023년 약 5 TWh, 2027년 약 15 TWh 예상)에서 출발합니다. 동인이 중앙값일 때 중앙값 0.3은 2024년 +55%를, 범위는 +35%~+75%를 줍니다.</translation>
    </message>
    <message>
      <source>Korea fab electricity growth</source>
      <translation>한국 팹 전력 증가율</translation>
    </message>
    <message>
      <source>Growth of Korean fab electricity at baseline investment (Yongin cluster); more capacity from a higher tax credit adds to it.</source>
      <translation>기준 시나리오 투자 수준(용인 클러스터)에서의 한국 팹 전력 사용량 증가율입니다. 세액공제율 상향으로 늘어나는 생산능력이 여기에 더해집니다.</translation>
    </message>
    <message>
      <source>New fab + data-centre load the Korean grid can connect a year</source>
      <translation>한국 전력망이 연간 연결할 수 있는 신규 팹·데이터센터 부하</translation>
    </message>
    <message>
      <source>GW / year</source>
      <translation>GW/년</translation>
    </message>
    <message>
      <source>Gigawatts of new fab and data-centre load Korea's grid can connect each year from 2026: new 345 kV lines and substations for the Yongin clusters and the data centres around Seoul take years to permit and build. For scale, KEPCO reported requests for about 14.7 GW of data-centre connections by 2029, some 3 GW a year. Fabs connect first; data centres take the rest. A judgement with a wide range (assumption: no published connection rate).</source>
      <translation>2026년부터 한국 전력망이 해마다 연결할 수 있는 신규 팹 및 데이터센터 부하(GW)입니다. 용인 클러스터와 수도권 데이터센터를 위한 345 kV 송전선로와 변전소는 인허가와 건설에 수년이 걸립니다. 참고로 한국전력은 2029년까지 약 14.7 GW, 연간 약 3 GW의 데이터센터 연결 신청이 있다고 밝혔습니다. 팹이 먼저 연결되고 데이터센터는 나머지를 받습니다. 범위를 넓게 잡은 판단입니다(가정: 공표된 연결 속도 없음).</translation>
    </message>
    <message>
      <source>Load factor of new fab + data-centre connections</source>
      <translation>신규 팹·데이터센터 연결 부하의 이용률</translation>
    </message>
    <message>
      <source>Average draw of newly connected fab and data-centre load as a share of its connected capacity: it turns the grid's connection limit (GW) into energy (TWh). Data centres draw about half (LBNL's TWh ÷ GW arithmetic); fabs run close to flat (assumption).</source>
      <translation>새로 연결된 팹과 데이터센터 부하의 평균 사용 전력을 연결 용량 대비 비율로 나타낸 것으로, 전력망의 연결 한도(GW)를 전력량(TWh)으로 환산합니다. 데이터센터는 약 절반을 사용하고(LBNL의 TWh ÷ GW 계산), 팹은 거의 일정하게 가동됩니다(가정).</translation>
    </message>
    <message>
      <source>Fossil share of the supply for new load</source>
      <translation>신규 부하 공급 중 화석발전 비율</translation>
    </message>
    <message>
      <source>Share of new fab and data-centre load (beyond 2025's level, and beyond the clean supply the levers add above their baselines) that Korea meets with gas or coal plants; the rest comes from clean output that would otherwise be curtailed. Planned renewables and reactors are built to the plan, not to the new load, so until they catch up new load is met mostly by fossil plants at the margin: 60–100% (assumption).</source>
      <translation>신규 팹·데이터센터 부하(2025년 수준을 넘고, 정책 수단을 기준 시나리오 값보다 높여 추가되는 무탄소 전력 공급도 넘는 부분) 가운데 한국이 가스나 석탄 발전으로 충당하는 비율입니다. 나머지는 출력제어로 버려졌을 무탄소 전력에서 옵니다. 계획된 재생에너지와 원전은 신규 부하가 아니라 계획에 따라 보급·건설되므로, 이들이 따라잡을 때까지 신규 부하는 주로 한계 화석발전으로 충당됩니다: 60~100%(가정).</translation>
    </message>
    <message>
      <source>Carbon intensity of the fossil margin</source>
      <translation>한계 화석발전의 탄소집약도</translation>
    </message>
    <message>
      <source>gCO2 / kWh</source>
      <translation>kWh당 gCO2</translation>
    </message>
    <message>
      <source>Emissions per kWh of the gas and coal plants that meet new load: LNG combined-cycle plants (about 400 g/kWh) set the margin most of the time, coal (about 800 g/kWh and more) in some hours. The grid's average fossil fleet emitted 715 g/kWh in 2023 (assumption: 400–800).</source>
      <translation>신규 부하를 충당하는 가스 및 석탄 발전의 kWh당 배출량입니다. 대부분의 시간에는 LNG 복합화력(약 400 g/kWh)이, 일부 시간에는 석탄(약 800 g/kWh 이상)이 한계 발전원이 됩니다. 전력망의 평균 화석발전 설비는 2023년 715 g/kWh를 배출했습니다(가정: 400~800).</translation>
    </message>
    <message>
      <source>Growth of other Korean demand</source>
      <translation>한국 기타 전력 수요 증가율</translation>
    </message>
    <message>
      <source>Growth of Korean generation for everything but fabs and data centres.</source>
      <translation>팹과 데이터센터를 제외한 모든 부문의 한국 발전량 증가율입니다.</translation>
    </message>
    <message>
      <source>Delay of Korea's planned reactors</source>
      <translation>한국 계획 원전 가동 지연</translation>
    </message>
    <message>
      <source>Years by which the change in Korea's nuclear fleet after 2025 (the 11th Basic Plan's Saeul 3–4, Shin Hanul 3–4, two new APR1400s and an SMR, or closures below it) comes later than planned.</source>
      <translation>2025년 이후 한국 원전 설비의 변화(「제11차 전력수급기본계획」의 새울 3·4호기, 신한울 3·4호기, 신규 APR1400 2기와 SMR, 또는 그보다 작을 때의 영구정지)가 계획보다 늦어지는 기간(년)입니다.</translation>
    </message>
    <message>
      <source>Solar capacity factor, Korea</source>
      <translation>한국 태양광 설비이용률</translation>
    </message>
    <message>
      <source>From Ember's 2023 generation and MOTIE's capacity.</source>
      <translation>Ember의 2023년 발전량과 산업통상자원부의 설비용량 자료로 산출했습니다.</translation>
    </message>
    <message>
      <source>Wind capacity factor, Korea (new build)</source>
      <translation>한국 풍력 설비이용률(신규 설비)</translation>
    </message>
    <message>
      <source>≈20% for today's onshore fleet; new offshore wind raises it.</source>
      <translation>현재 육상풍력 설비는 약 20%이며, 신규 해상풍력이 이를 끌어올립니다.</translation>
    </message>
    <message>
      <source>Wind share of new renewable build</source>
      <translation>신규 재생에너지 보급 중 풍력 비중</translation>
    </message>
    <message>
      <source>Share of Korea's new renewable capacity that is wind (offshore push) rather than solar.</source>
      <translation>한국의 신규 재생에너지 설비용량 중 태양광이 아닌 풍력(해상풍력 확대)이 차지하는 비중입니다.</translation>
    </message>
    <message>
      <source>Feasible Korean renewable build at 2023 cost</source>
      <translation>2023년 비용 기준 한국 재생에너지 보급 가능량</translation>
    </message>
    <message>
      <source>The most Korea can install in a year at 2023 costs (≈3 GW a year now; tripling by 2030 needs ≈9–10). It rises as costs fall.</source>
      <translation>2023년 비용 기준으로 한국이 1년에 보급할 수 있는 최대 용량입니다(현재 연간 약 3 GW, 2030년까지 3배로 확대하려면 약 9~10 GW 필요). 비용이 내려가면 늘어납니다.</translation>
    </message>
    <message>
      <source>Build rate after 2030 vs 2026–2030</source>
      <translation>2026~2030년 대비 2030년 이후 보급 속도</translation>
    </message>
    <message>
      <source>Annual build after 2030 as a share of the 2026–2030 rate.</source>
      <translation>2030년 이후 연간 보급량을 2026~2030년 보급 속도 대비 비율로 나타낸 값입니다.</translation>
    </message>
    <message>
      <source>Renewable learning rate</source>
      <translation>재생에너지 학습률</translation>
    </message>
    <message>
      <source>Cost decline per doubling of world renewable capacity (solar ≈ 20–24%, wind less).</source>
      <translation>세계 재생에너지 설비용량이 2배로 늘어날 때마다의 비용 하락률입니다(태양광 약 20~24%, 풍력은 그보다 낮음).</translation>
    </message>
    <message>
      <source>World renewable capacity growth</source>
      <translation>세계 재생에너지 설비용량 증가율</translation>
    </message>
    <message>
      <source>Growth of world installed renewable capacity (3,870 GW in 2023, +14%).</source>
      <translation>세계 재생에너지 설치 용량의 증가율입니다(2023년 3,870 GW, +14%).</translation>
    </message>
    <message>
      <source>Most joint R&amp;D can cut build costs</source>
      <translation>공동 R&amp;D의 최대 보급 비용 절감 효과</translation>
    </message>
    <message>
      <source>Extra cost reduction of Korean clean build from joint R&amp;D at very large funding; half of it arrives at ≈$350M a year, three years after funding starts.</source>
      <translation>공동 R&amp;D 자금이 매우 클 때 한국 청정에너지 보급에서 추가로 얻을 수 있는 비용 절감 효과입니다. 연간 약 3억 5,000만 달러에서 그 절반이 실현되며, 효과는 자금 지원 시작 3년 후에 나타납니다.</translation>
    </message>
    <message>
      <source>Fossil fleet carbon-intensity decline</source>
      <translation>화석발전 설비 탄소집약도 감소율</translation>
    </message>
    <message>
      <source>Yearly fall in gCO2/kWh of Korea's coal + gas fleet as coal retires (715 g/kWh in 2023).</source>
      <translation>석탄발전 폐지에 따른 한국 석탄·가스 발전설비의 연간 gCO2/kWh 감소율입니다(2023년 715 g/kWh).</translation>
    </message>
    <message>
      <source>Non-memory chip market growth in 2026</source>
      <translation>2026년 비메모리 반도체 시장 성장률</translation>
    </message>
    <message>
      <source>Growth of world non-memory chip sales in 2026 ($568.6B in 2025); it fades toward 4.5% a year (nominal world growth) over about eight years.</source>
      <translation>2026년 세계 비메모리 반도체 매출 증가율입니다(2025년 5,686억 달러). 약 8년에 걸쳐 연 4.5%(세계 명목 성장률) 수준으로 점차 둔화됩니다.</translation>
    </message>
    <message>
      <source>Memory growth in 2026 beyond AI demand</source>
      <translation>AI 수요 외 2026년 메모리 성장률</translation>
    </message>
    <message>
      <source>Growth of world memory sales in 2026 beyond what AI demand adds: the price boom (contract prices rose 45–55% a quarter in late 2025). With the AI driver at its central value, 0.42 gives memory sales +50% in 2026, as the model had before AI demand drove it. The model takes 2026 as the boom's peak; from there the memory cycle swings back around its long-run level.</source>
      <translation>AI 수요가 더하는 부분을 제외한 2026년 세계 메모리 매출 증가율로, 가격 호황(2025년 말 고정거래가격이 분기마다 45~55% 상승)을 나타냅니다. AI 동인이 중앙값일 때 0.42는 2026년 메모리 매출 +50%를 주며, 이는 AI 수요가 메모리를 결정하기 전의 모형과 같습니다. 모형은 2026년을 호황의 정점으로 보며, 이후 메모리 경기 순환은 장기 수준을 중심으로 되돌아옵니다.</translation>
    </message>
    <message>
      <source>Memory demand elasticity to AI demand</source>
      <translation>AI 수요에 대한 메모리 수요 탄력성</translation>
    </message>
    <message>
      <source>Elasticity of world memory sales to AI data-centre demand in excess of conventional growth: about the share of memory that AI servers buy (HBM and server DRAM). The lift it gives memory's long-run level saturates at 1.5 times, since AI cannot take more than the memory makers can build (assumption).</source>
      <translation>통상적 증가를 넘어서는 AI 데이터센터 수요에 대한 세계 메모리 매출의 탄력성으로, 대략 AI 서버가 구매하는 메모리(고대역폭메모리(HBM)와 서버용 D램)의 비중입니다. 이로 인한 메모리 장기 수준의 상승은 1.5배에서 포화되는데, AI가 메모리 기업이 생산할 수 있는 양 이상을 가져갈 수는 없기 때문입니다(가정).</translation>
    </message>
    <message>
      <source>Memory cycle length</source>
      <translation>메모리 사이클 주기</translation>
    </message>
    <message>
      <source>Years from one memory peak to the next (2018 peak, 2023 trough, 2025–26 boom).</source>
      <translation>메모리 경기의 한 정점에서 다음 정점까지의 기간(년)입니다(2018년 정점, 2023년 저점, 2025~26년 호황).</translation>
    </message>
    <message>
      <source>Memory cycle damping time</source>
      <translation>메모리 사이클 감쇠 시간</translation>
    </message>
    <message>
      <source>e-folding time of the memory cycle's swings around the long-run level.</source>
      <translation>장기 수준을 중심으로 한 메모리 사이클 등락폭의 e-폴딩 시간입니다.</translation>
    </message>
    <message>
      <source>Memory sales per $ of other chip sales</source>
      <translation>기타 반도체 매출 1달러당 메모리 매출</translation>
    </message>
    <message>
      <source>Long-run memory sales per dollar of non-memory sales: 0.29, 0.21, 0.35 and 0.39 in 2022–25 (average 0.31).</source>
      <translation>비메모리 매출 1달러당 장기 메모리 매출입니다: 2022~25년 각각 0.29, 0.21, 0.35, 0.39(평균 0.31).</translation>
    </message>
    <message>
      <source>Korean makers' new capacity sited in the US without support</source>
      <translation>지원이 없을 때 한국 기업 신규 생산능력의 미국 입지 비중</translation>
    </message>
    <message>
      <source>Share of Samsung's and SK hynix's new capacity they would build in the US with neither grants nor the §48D credit (Samsung Austin serves US customers; estimate).</source>
      <translation>보조금도 §48D 투자세액공제도 없을 때 삼성전자와 SK하이닉스가 미국에 지을 신규 생산능력의 비중입니다(삼성전자 오스틴 공장은 미국 고객에 공급; 추정치).</translation>
    </message>
    <message>
      <source>Korean makers' US siting response to support</source>
      <translation>지원에 대한 한국 기업의 미국 입지 반응도</translation>
    </message>
    <message>
      <source>Percentage points of Korean makers' new capacity that move to the US per 10% of the US cost gap covered: set so about a tenth of what they decided while the §48D credit was open went to the US (Samsung Taylor, awarded up to $4.745B; SK hynix's Indiana packaging plant, up to $458M; estimate, not fitted to an outcome).</source>
      <translation>미국 비용 격차의 10%가 보전될 때마다 미국으로 옮겨 가는 한국 기업 신규 생산능력의 비중(%p)입니다. §48D 투자세액공제가 적용되던 기간에 결정한 투자의 약 10분의 1이 미국으로 가도록 정했습니다(삼성전자 테일러, 최대 47억 4,500만 달러 지원; SK하이닉스 인디애나 패키징 공장, 최대 4억 5,800만 달러; 추정치이며 결과 지표에 맞춘 값이 아님).</translation>
    </message>
    <message>
      <source>Korean chip investment elasticity</source>
      <translation>한국 반도체 투자 탄력성</translation>
    </message>
    <message>
      <source>Elasticity of Korean chip capex to the user cost of capital, which moves with (1 − credit).</source>
      <translation>자본의 사용자 비용에 대한 한국 반도체 시설투자의 탄력성입니다. 자본의 사용자 비용은 (1 − 공제율)에 비례해 변합니다.</translation>
    </message>
    <message>
      <source>Korean chip capex eligible for credit, 2024</source>
      <translation>세액공제 대상 한국 반도체 시설투자(2024년)</translation>
    </message>
    <message>
      <source>Domestic semiconductor facility capex that qualifies as national strategic technology investment, 2024 (estimate from Samsung and SK hynix reports); it grows with the market.</source>
      <translation>국가전략기술 사업화시설 투자로 인정되는 2024년 국내 반도체 시설투자액입니다(삼성전자 및 SK하이닉스 보고서 기반 추정). 시장 성장에 따라 증가합니다.</translation>
    </message>
    <message>
      <source>Korean chip makers' operating margin over a cycle</source>
      <translation>사이클 평균 한국 반도체 기업 영업이익률</translation>
    </message>
    <message>
      <source>Average operating margin of Samsung's chip division and SK hynix across a memory cycle; taxable profit, and so the tax a credit can offset, follows it.</source>
      <translation>메모리 사이클 전체에 걸친 삼성전자 반도체 부문과 SK하이닉스의 평균 영업이익률입니다. 과세 대상 이익과 그에 따라 세액공제로 상쇄할 수 있는 세액도 이를 따릅니다.</translation>
    </message>
    <message>
      <source>Margin swing with the memory cycle</source>
      <translation>메모리 사이클에 따른 이익률 변동</translation>
    </message>
    <message>
      <source>Change in the operating margin per unit of the memory market's log deviation from its long-run level (losses in 2023, record profits in 2025).</source>
      <translation>메모리 시장의 장기 수준 대비 로그 편차 1단위당 영업이익률 변화입니다(2023년 적자, 2025년 사상 최대 이익).</translation>
    </message>
    <message>
      <source>Korean capacity renewed a year</source>
      <translation>연간 한국 생산능력 갱신 비율</translation>
    </message>
    <message>
      <source>Share of Korea's chip capacity that a year's capex adds or replaces: how fast a change in investment shows up in capacity.</source>
      <translation>1년간의 시설투자로 추가되거나 교체되는 한국 반도체 생산능력의 비율로, 투자 변화가 생산능력에 얼마나 빨리 반영되는지를 나타냅니다.</translation>
    </message>
    <message>
      <source>Korean fab construction time</source>
      <translation>한국 팹 건설 기간</translation>
    </message>
    <message>
      <source>620 days on average, 1990–2020.</source>
      <translation>1990~2020년 평균 620일입니다.</translation>
    </message>
    <message>
      <source>Korean revenue per unit of extra capacity</source>
      <translation>추가 생산능력 단위당 한국 매출</translation>
    </message>
    <message>
      <source>Revenue elasticity to capacity: below 1 because more memory supply lowers prices.</source>
      <translation>생산능력에 대한 매출 탄력성입니다. 메모리 공급이 늘면 가격이 하락하므로 1보다 작습니다.</translation>
    </message>
    <message>
      <source>China + Hong Kong share of Korean chip exports</source>
      <translation>한국 반도체 수출 중 중국 + 홍콩 비중</translation>
    </message>
    <message>
      <source>51.7% in 2024 (mainland 33.3, Hong Kong 18.4); 61.1% in 2020.</source>
      <translation>2024년 51.7%(중국 본토 33.3, 홍콩 18.4), 2020년 61.1%입니다.</translation>
    </message>
    <message>
      <source>US-bound share of Korean chip exports</source>
      <translation>한국 반도체 수출 중 미국행 비중</translation>
    </message>
    <message>
      <source>Share of Korean chip exports a US tariff reaches. 7.2% went to the US directly in 2024 (the US and Taiwan together 21.7%, Taiwan 14.5%); much of what goes to Taiwan is HBM packaged there into accelerators sold in the US, which a tariff on derivative products would reach. Low: the direct share; central: a third of the Taiwan route added; high: nearly all of it (estimate).</source>
      <translation>미국 관세가 미치는 한국 반도체 수출의 비중입니다. 2024년 7.2%가 미국으로 직접 수출되었습니다(미국과 대만 합계 21.7%, 대만 14.5%). 대만으로 가는 물량의 상당 부분은 대만에서 패키징되어 미국에서 판매되는 가속기에 들어가는 고대역폭메모리(HBM)로, 파생제품 관세가 부과되면 여기에도 미칩니다. 하한은 직접 수출 비중, 중앙값은 대만 경유분의 약 3분의 1을 더한 값, 상한은 대만 경유분의 거의 전부를 더한 값입니다(추정).</translation>
    </message>
    <message>
      <source>US-bound Korean chips exempt for building in the US</source>
      <translation>미국 내 공장 건설로 면제되는 한국산 대미 반도체 비중</translation>
    </message>
    <message>
      <source>Share of Korean chip exports to the US that the exemption for firms building US fabs covers. Samsung and SK hynix make nearly all of them and both build in the US, but the Taiwan terms (duty-free up to 2.5 times planned US capacity while building, 1.5 times after), which Korea's deal is to match, cap the exempt volume by US capacity (assumption).</source>
      <translation>미국에 팹을 짓는 기업에 대한 면제가 적용되는 한국의 대미 반도체 수출 비중입니다. 삼성전자와 SK하이닉스가 이 수출의 거의 전부를 차지하며 두 회사 모두 미국에 공장을 짓고 있지만, 한국이 동등한 조건을 받기로 한 대만 조건(건설 중에는 계획된 미국 생산능력의 2.5배까지, 이후에는 1.5배까지 무관세)은 면제 물량을 미국 생산능력으로 제한합니다(가정).</translation>
    </message>
    <message>
      <source>Korean chip sales lost to a US tariff</source>
      <translation>미국 관세로 잃는 한국 반도체 판매</translation>
    </message>
    <message>
      <source>Elasticity of Korean chip sales to the US to the tariff-inclusive price, net of sales made elsewhere instead: the part not exempt keeps (1 + tariff)^(−elasticity) of its sales. Few non-Korean memory suppliers exist (Micron), so substitution is limited (assumption).</source>
      <translation>관세 포함 가격에 대한 한국의 대미 반도체 판매 탄력성으로, 다른 시장으로 돌린 판매를 제외한 순손실입니다. 면제되지 않는 부분은 판매의 (1 + 관세)^(−탄력성)만 유지합니다. 한국 외 메모리 공급업체(마이크론)가 적어 대체는 제한적입니다(가정).</translation>
    </message>
    <message>
      <source>US siting pull of a chip tariff</source>
      <translation>반도체 관세의 미국 입지 유인</translation>
    </message>
    <message>
      <source>share of tariff</source>
      <translation>관세율 대비 비율</translation>
    </message>
    <message>
      <source>A tariff pulls Korean makers' new capacity to the US as support covering this share of the tariff rate would: building in the US earns the exemption for the US-bound sales its output covers. It enters the same diminishing-returns formula as grants and the §48D credit (assumption).</source>
      <translation>관세는 관세율의 이 비율만큼을 지원하는 것과 같은 정도로 한국 기업의 신규 생산능력을 미국으로 끌어들입니다. 미국에 공장을 지으면 그 생산분에 해당하는 대미 판매에 대해 면제를 받기 때문입니다. 보조금 및 §48D 투자세액공제와 같은 수확체감 공식에 들어갑니다(가정).</translation>
    </message>
    <message>
      <source>Korean chip sales lost to China's mineral licensing</source>
      <translation>중국의 광물 수출허가제로 잃는 한국 반도체 판매</translation>
    </message>
    <message>
      <source>Share of Korean chip sales lost to China's export licensing of gallium, germanium and graphite (delays, dearer inputs, redesigned supply): what lifting it (China's response at 0) would recover, and what denying the minerals to US-aligned firms outright (at 2) would cost again. Memory uses little of these minerals (assumption).</source>
      <translation>중국의 갈륨·게르마늄·흑연 수출허가제(지연, 원료비 상승, 공급망 재설계)로 잃는 한국 반도체 판매의 비중입니다. 허가제를 해제하면(중국의 대응 0단계) 회복되고, 미국 측 기업에 광물을 전면 차단하면(2단계) 같은 만큼을 다시 잃습니다. 메모리는 이 광물을 적게 사용합니다(가정).</translation>
    </message>
    <message>
      <source>Korean sales in China lost to market exclusion</source>
      <translation>시장 배제로 잃는 한국 기업의 중국 내 판매</translation>
    </message>
    <message>
      <source>Share of Korean makers' sales in China — exports there and the output of their China fabs sold there — lost if China excludes US-aligned firms from its market (China's response at 2). Precedent: China's 2023 ban on Micron chips in critical infrastructure (assumption: no published estimate for Korean firms).</source>
      <translation>중국이 미국 측 기업을 자국 시장에서 배제할 경우(중국의 대응 2단계) 잃게 되는 한국 기업의 중국 내 판매(중국으로의 수출과 중국 팹에서 생산해 중국에서 파는 물량)의 비중입니다. 선례: 2023년 중국의 핵심 정보 인프라에 대한 마이크론 반도체 구매 금지(가정: 한국 기업에 대한 공개 추정치 없음).</translation>
    </message>
    <message>
      <source>Korean chip exports to China lost per control round</source>
      <translation>통제 단계별 한국의 대중국 반도체 수출 감소</translation>
    </message>
    <message>
      <source>Cut in Korean chip exports to China per level of export-control scope beyond today's.</source>
      <translation>현재 수준을 넘어서는 수출통제 범위 1단계당 한국의 대중국 반도체 수출 감소분입니다.</translation>
    </message>
    <message>
      <source>Lost China sales redirected elsewhere</source>
      <translation>중국 판매 손실분의 타 시장 전환</translation>
    </message>
    <message>
      <source>Share of sales lost in China that Korean makers sell to other markets instead.</source>
      <translation>중국에서 잃은 판매분 중 한국 기업이 대신 다른 시장에 판매하는 비율입니다.</translation>
    </message>
    <message>
      <source>Korean non-chip export growth</source>
      <translation>한국 비반도체 수출 증가율</translation>
    </message>
    <message>
      <source>Nominal growth of Korea's other exports from 2026 ($536.3B in 2025), fading like chip sales toward nominal world growth.</source>
      <translation>2026년부터 한국 비반도체 수출의 명목 증가율입니다(2025년 5,363억 달러). 반도체 매출과 마찬가지로 세계 명목 성장률 수준으로 점차 둔화됩니다.</translation>
    </message>
    <message>
      <source>Korean memory output made in China</source>
      <translation>중국에서 생산되는 한국 메모리 비중</translation>
    </message>
    <message>
      <source>Samsung Xi'an ≈40% of Samsung NAND; SK hynix Wuxi ≈40% of its DRAM and Dalian ≈20% of its NAND, weighted by each product's revenue.</source>
      <translation>삼성전자 시안 팹은 삼성전자 낸드의 약 40%, SK하이닉스 우시 팹은 자사 D램의 약 40%, 다롄 팹은 자사 낸드의 약 20%를 생산하며, 이를 각 제품의 매출로 가중한 값입니다.</translation>
    </message>
    <message>
      <source>Memory share of Korean chip sales</source>
      <translation>한국 반도체 매출 중 메모리 비중</translation>
    </message>
    <message>
      <source>Share of Samsung's and SK hynix's chip sales (and of Korea's chip exports) that is memory; Korean sales follow the memory market with this weight and the rest of the market with the rest.</source>
      <translation>삼성전자와 SK하이닉스의 반도체 매출(및 한국 반도체 수출) 중 메모리가 차지하는 비중입니다. 한국 반도체 매출은 이 비중만큼 메모리 시장을, 나머지 비중만큼 그 외 시장을 따라 움직입니다.</translation>
    </message>
    <message>
      <source>China-fab output at risk with the waiver</source>
      <translation>VEU(검증된 최종사용자) 지위 부여 시 중국 팹 생산 차질 위험 비율</translation>
    </message>
    <message>
      <source>Share of China-made output at risk whatever the terms (renewal uncertainty, upgrade caps); it rises by half for each level of controls beyond today's.</source>
      <translation>허가 조건과 관계없이 차질 위험이 있는 중국 내 생산 비율입니다(갱신 불확실성, 업그레이드 제한). 통제 수준이 현재보다 한 단계 높아질 때마다 절반씩 늘어납니다.</translation>
    </message>
    <message>
      <source>China-fab output at risk under operate-only licences</source>
      <translation>운영 한정 허가 시 중국 팹 생산 차질 위험 비율</translation>
    </message>
    <message>
      <source>Share of Korean makers' China-made output that operate-only licences put at risk in the long run: the fabs may run but not expand or move to new nodes, so their oldest products fall out of the market (assumption: no published estimate).</source>
      <translation>운영 한정 허가에서 장기적으로 차질 위험에 놓이는 한국 기업의 중국 내 생산 비율입니다. 팹은 가동할 수 있지만 증설하거나 새 공정으로 전환할 수 없으므로 가장 오래된 제품부터 시장에서 밀려납니다(가정: 공개된 추정치 없음).</translation>
    </message>
    <message>
      <source>Years for a China fab without US tools to lose output</source>
      <translation>미국 장비가 차단된 중국 팹의 생산 손실 기간</translation>
    </message>
    <message>
      <source>e-folding time over which fabs denied US tools, parts and service lose their output.</source>
      <translation>미국산 장비, 부품, 서비스가 차단된 팹의 생산이 줄어드는 e-폴딩 시간입니다.</translation>
    </message>
    <message>
      <source>At-risk output actually lost</source>
      <translation>차질 위험 생산분 중 실제 손실 비율</translation>
    </message>
    <message>
      <source>Share of at-risk China output lost rather than moved to Korea or elsewhere.</source>
      <translation>차질 위험에 놓인 중국 생산분 중 한국이나 다른 지역으로 이전되지 못하고 손실되는 비율입니다.</translation>
    </message>
    <message>
      <source>China's AI-chip gap in 2022</source>
      <translation>2022년 중국의 AI 반도체 격차</translation>
    </message>
    <message>
      <source>Years Huawei's best AI chip trailed Nvidia's in 2022 (Ascend 910 vs A100/H100).</source>
      <translation>2022년 화웨이 최고 AI 반도체가 엔비디아 제품에 뒤처진 기간(년)입니다(Ascend 910 대 A100/H100).</translation>
    </message>
    <message>
      <source>Slow-down from denying advanced AI chips</source>
      <translation>첨단 AI 반도체 통제에 따른 둔화</translation>
    </message>
    <message>
      <source>years / year</source>
      <translation>년/년</translation>
    </message>
    <message>
      <source>How much denying advanced AI chips (the October 2022 rules, level 1) slows China's AI-chip progress, before leakage: fewer chips to train on and to learn from (assumption).</source>
      <translation>첨단 AI 반도체 수출통제(2022년 10월 규정, 1단계)가 통제 우회를 반영하기 전 기준으로 중국의 AI 반도체 발전을 늦추는 정도입니다. 학습과 개발에 쓸 반도체가 줄어듭니다(가정).</translation>
    </message>
    <message>
      <source>Slow-down from denying chip-making tools</source>
      <translation>반도체 제조 장비 통제에 따른 둔화</translation>
    </message>
    <message>
      <source>How much denying chip-making tools and EDA slows China's progress, per step: the 2023–24 rules (level 2), and legacy-node tools with allies aligned (level 4) as a second step (assumption).</source>
      <translation>반도체 제조 장비 및 EDA 수출통제가 단계마다 중국의 발전을 늦추는 정도입니다. 2023~24년 규정(2단계)과, 두 번째 단계로 동맹국이 동참한 레거시 공정 장비 통제(4단계)에 적용됩니다(가정).</translation>
    </message>
    <message>
      <source>Slow-down from denying HBM</source>
      <translation>고대역폭메모리(HBM) 통제에 따른 둔화</translation>
    </message>
    <message>
      <source>How much denying high-bandwidth memory (the December 2024 rules, level 3) slows China's AI accelerators, before leakage: China's own HBM trails Korea's by generations (assumption).</source>
      <translation>고대역폭메모리(HBM) 수출통제(2024년 12월 규정, 3단계)가 통제 우회를 반영하기 전 기준으로 중국의 AI 가속기 발전을 늦추는 정도입니다. 중국산 HBM은 한국산보다 여러 세대 뒤처져 있습니다(가정).</translation>
    </message>
    <message>
      <source>Leakage</source>
      <translation>통제 우회</translation>
    </message>
    <message>
      <source>Share of the slow-down undone by smuggling, stockpiles and rented overseas compute (Aug 2024: engineers renting Nvidia servers abroad).</source>
      <translation>밀수, 재고 비축, 해외 컴퓨팅 자원 임차로 상쇄되는 둔화 효과의 비율입니다(2024년 8월: 엔지니어들이 해외에서 엔비디아 서버를 임차한 사례).</translation>
    </message>
    <message>
      <source>Indigenous catch-up induced by chip denial</source>
      <translation>반도체 통제가 촉발한 자체 추격</translation>
    </message>
    <message>
      <source>Extra progress China's indigenous effort makes, once built up, when advanced AI chips are denied: a guaranteed home market for Huawei's Ascend line.</source>
      <translation>첨단 AI 반도체가 통제될 때, 본격화된 중국의 자체 개발 노력이 이루는 추가 진전입니다. 화웨이 어센드(Ascend) 제품군에 국내 시장이 보장됩니다.</translation>
    </message>
    <message>
      <source>Indigenous catch-up induced by tool denial</source>
      <translation>장비 통제가 촉발한 자체 추격</translation>
    </message>
    <message>
      <source>Extra progress induced, per step, when chip-making tools are denied: the largest state-funded response (domestic toolmakers, the third Big Fund of 2024; assumption).</source>
      <translation>반도체 제조 장비가 통제될 때 단계마다 촉발되는 추가 진전입니다. 국가 재정이 투입되는 가장 큰 대응입니다(자국 장비업체, 2024년 제3기 국가반도체산업투자기금(빅펀드); 가정).</translation>
    </message>
    <message>
      <source>Indigenous catch-up induced by HBM denial</source>
      <translation>고대역폭메모리(HBM) 통제가 촉발한 자체 추격</translation>
    </message>
    <message>
      <source>Extra progress induced when HBM is denied: China's memory makers pushed into HBM (assumption).</source>
      <translation>고대역폭메모리(HBM)가 통제될 때 촉발되는 추가 진전입니다. 중국 메모리 기업이 HBM 개발에 나서게 됩니다(가정).</translation>
    </message>
    <message>
      <source>Years for indigenous effort to build up</source>
      <translation>자체 개발 노력의 본격화 기간</translation>
    </message>
    <message>
      <source>e-folding time of China's response to control pressure.</source>
      <translation>통제 압력에 대한 중국의 대응(자체 개발)이 본격화되는 e-폴딩 시간입니다.</translation>
    </message>
    <message>
      <source>China legacy share growth (log-odds a year)</source>
      <translation>중국 레거시 공정 비중 증가율(연간 로그 오즈)</translation>
    </message>
    <message>
      <source>Yearly rise in the log-odds of China's share of world ≥ 28 nm capacity under today's controls, fading after 2027. Fitted to TrendForce: 29% (2023) → 33% (2027).</source>
      <translation>현재 통제 수준에서 세계 28 nm 이상 생산능력 중 중국 비중의 로그 오즈 연간 상승폭으로, 2027년 이후 둔화됩니다. TrendForce 전망에 맞춰 보정했습니다: 29%(2023년) → 33%(2027년).</translation>
    </message>
    <message>
      <source>Extra legacy build per level of controls</source>
      <translation>통제 단계별 레거시 공정 추가 건설</translation>
    </message>
    <message>
      <source>Additional yearly rise in the log-odds of China's legacy share per level of control pressure beyond today's: blocked at the leading edge, China builds mature nodes.</source>
      <translation>현재 수준을 넘어서는 통제 압력 1단계당 중국 레거시 공정 비중의 로그 오즈 추가 연간 상승폭입니다. 첨단 공정이 막히면 중국은 성숙 공정을 건설합니다.</translation>
    </message>
    <message>
      <source>Weight: allied share of world capacity</source>
      <translation>가중치: 세계 생산능력 중 동맹국 비중</translation>
    </message>
    <message>
      <source>weight</source>
      <translation>가중치</translation>
    </message>
    <message>
      <source>Weight of the share of world fab capacity in the US, Korea, Japan, Taiwan and Europe.</source>
      <translation>세계 팹 생산능력 중 미국, 한국, 일본, 대만, 유럽이 차지하는 비중의 가중치입니다.</translation>
    </message>
    <message>
      <source>Weight: allied leading edge outside Taiwan</source>
      <translation>가중치: 대만 외 동맹국 첨단 공정</translation>
    </message>
    <message>
      <source>Weight of the share of world &lt; 10 nm logic capacity in allied regions other than Taiwan (the single point of failure).</source>
      <translation>세계 10 nm 미만 로직 생산능력 중 대만(단일 장애점)을 제외한 동맹 지역이 차지하는 비중의 가중치입니다.</translation>
    </message>
    <message>
      <source>Weight: US chip jobs filled</source>
      <translation>가중치: 미국 반도체 일자리 충원</translation>
    </message>
    <message>
      <source>Weight of the new US chip jobs filled, scored 100 · (1 − e^(−filled / 115,000)).</source>
      <translation>충원된 미국 반도체 신규 일자리의 가중치로, 100 · (1 − e^(−충원 수 / 115,000))로 점수화합니다.</translation>
    </message>
    <message>
      <source>Weight: Korean clean-power supply</source>
      <translation>가중치: 한국 무탄소 전력 공급</translation>
    </message>
    <message>
      <source>Weight of Korea's clean generation, scored as the clean share it would give against 2024's fossil output (42% in 2024).</source>
      <translation>한국 무탄소 발전량의 가중치로, 무탄소 발전량과 2024년 화석발전량의 합에서 무탄소 발전량이 차지하게 될 비중으로 점수화합니다(2024년 42%).</translation>
    </message>
    <message>
      <source>Weight: Korean China-fab security</source>
      <translation>가중치: 한국 기업 중국 팹 안정성</translation>
    </message>
    <message>
      <source>Weight of the share of Korean China-made output not at risk.</source>
      <translation>한국 기업의 중국 생산분 중 차질 위험이 없는 비율의 가중치입니다.</translation>
    </message>
    <message>
      <source>US industry</source>
      <translation>미국 산업</translation>
    </message>
    <message>
      <source>Korea industry</source>
      <translation>한국 산업</translation>
    </message>
    <message>
      <source>Energy &amp; climate</source>
      <translation>에너지·기후</translation>
    </message>
    <message>
      <source>Talent &amp; fiscal</source>
      <translation>인재·재정</translation>
    </message>
    <message>
      <source>China &amp; resilience</source>
      <translation>중국·회복력</translation>
    </message>
    <message>
      <source>Talent</source>
      <translation>인재</translation>
    </message>
    <message>
      <source>China &amp; trade</source>
      <translation>중국·무역</translation>
    </message>
    <message>
      <source>Resilience index weights</source>
      <translation>회복력 지수 가중치</translation>
    </message>
    <message>
      <source>assumption</source>
      <translation>모형 가정(공표 자료 없음)</translation>
    </message>
    <message>
      <source>Do US chip subsidies drain Korea?</source>
      <translation>미국의 반도체 보조금은 한국의 투자를 빼가는가?</translation>
    </message>
    <message>
      <source>US chip subsidies drain allies: the CHIPS Act draws Korean chip investment out of Korea and into US fabs.</source>
      <translation>미국의 반도체 보조금은 동맹국의 투자를 빼간다. 반도체과학법(CHIPS Act)이 한국의 반도체 투자를 한국 밖 미국 팹으로 끌어간다.</translation>
    </message>
    <message>
      <source>No more CHIPS grants from 2026 (US chip manufacturing incentives $0 instead of the $39 billion envelope; the §48D investment credit stays). If the claim holds, Korean makers then invest more at home and put less of their capacity in the US.</source>
      <translation>2026년부터 반도체과학법 보조금을 더 지급하지 않음(미국 반도체 제조 인센티브를 390억 달러 대신 0달러로, §48D 투자세액공제는 유지). 주장이 맞다면 한국 기업은 국내 투자를 늘리고 미국 내 생산능력 비중을 줄인다.</translation>
    </message>
    <message>
      <source>Only Samsung's and SK hynix's siting is modelled: grants pull their new capacity to the US while they are paid (to 2031), so the drain ends with the payments. Suppliers, equipment and engineers drawn to the US are not counted.</source>
      <translation>삼성전자와 SK하이닉스의 입지 선택만 모형에 반영되어 있습니다. 보조금은 지급되는 동안(2031년까지)만 신규 생산능력을 미국으로 끌어가므로 투자 유출도 지급 종료와 함께 멈춥니다. 미국으로 옮겨 가는 협력업체·장비·엔지니어는 반영하지 않습니다.</translation>
    </message>
    <message>
      <source>Are Korea's China fabs hostage to US terms?</source>
      <translation>한국의 중국 팹은 미국 조건에 볼모로 잡혀 있는가?</translation>
    </message>
    <message>
      <source>Korea's chip makers depend on their fabs in China, so US export-control terms hold a large share of their output hostage.</source>
      <translation>한국 반도체 기업은 중국 내 팹에 의존하므로, 미국의 수출통제 조건이 생산의 상당 부분을 볼모로 잡고 있다.</translation>
    </message>
    <message>
      <source>The US denies Korean fabs in China its tools, parts and service from 2026 (denied instead of today's operate-only licences). If the claim holds, much more Korean memory output is at risk and Korea's share of the world chip market falls.</source>
      <translation>미국이 2026년부터 한국 기업 중국 팹에 장비·부품·서비스 공급을 불허(현행 운영 한정 허가 대신 불허). 주장이 맞다면 차질 위험에 놓이는 한국 메모리 생산이 크게 늘고 세계 반도체 시장에서 한국의 점유율이 낮아진다.</translation>
    </message>
    <message>
      <source>Output at risk is the China-made share of Korean memory that the terms expose, arriving over a few years; whether Samsung and SK hynix could move that output elsewhere, and at what cost, is not modelled.</source>
      <translation>차질 위험 생산분은 해당 조건이 노출시키는 한국 메모리의 중국 생산분으로, 몇 년에 걸쳐 나타납니다. 삼성전자와 SK하이닉스가 그 생산을 다른 곳으로 옮길 수 있는지, 그 비용이 얼마인지는 모형에 반영하지 않습니다.</translation>
    </message>
    <message>
      <source>Do wider export controls backfire?</source>
      <translation>수출통제 확대는 역효과를 내는가?</translation>
    </message>
    <message>
      <source>Wider US export controls backfire: by pushing China into its own chips they leave China's AI-chip gap smaller by 2050 than today's controls would.</source>
      <translation>미국의 수출통제 확대는 역효과를 낸다. 중국을 자체 반도체 개발로 내몰아 2050년 중국의 AI 반도체 격차를 현행 통제보다 오히려 좁힌다.</translation>
    </message>
    <message>
      <source>Export controls widened to full decoupling with allies aligned (level 4 instead of today's 2) from 2026. The claim holds in a draw when China's AI-chip gap in 2050 is smaller than under today's scope.</source>
      <translation>2026년부터 수출통제를 동맹국이 동참하는 완전 디커플링까지 확대(현행 2단계 대신 4단계). 표본에서 2050년 중국의 AI 반도체 격차가 현행 범위일 때보다 작으면 그 표본에서는 주장이 맞는 것으로 봅니다.</translation>
    </message>
    <message>
      <source>The gap moves by two sets of assumptions — how much each denial slows China and how much indigenous effort it induces — so the answer is a probability over their ranges, not a finding about China. Smuggling, renting servers abroad and leaner models are not modelled apart from the leakage assumption.</source>
      <translation>격차는 두 묶음의 가정, 즉 각 통제가 중국을 얼마나 늦추는지와 자체 개발을 얼마나 촉발하는지에 따라 움직입니다. 따라서 답은 그 가정 범위에 걸친 확률이지 중국에 관한 사실 판단이 아닙니다. 밀수, 해외 서버 임차, 경량 모델은 통제 우회 가정 외에는 모형에 반영하지 않습니다.</translation>
    </message>
    <message>
      <source>Are AI's chips and AI's power one story?</source>
      <translation>AI의 반도체 수요와 전력 수요는 하나의 이야기인가?</translation>
    </message>
    <message>
      <source>AI's hunger for chips and its hunger for power are one story: the same boom that sells Korean memory drives data-centre electricity.</source>
      <translation>AI의 반도체 수요와 전력 수요는 하나의 이야기다. 한국 메모리를 팔리게 하는 같은 호황이 데이터센터 전력 수요를 끌어올린다.</translation>
    </message>
    <message>
      <source>AI demand at the high end of its range (AI data-centre demand growth in 2025 at its high value instead of the central one), levers at the baseline. If the claim holds, Korean chip exports, US data-centre electricity and Korean fab and data-centre power all rise together.</source>
      <translation>AI 수요를 범위의 상단에 둡니다(2025년 AI 데이터센터 수요 증가율을 중앙값 대신 상단값으로). 정책 수단은 기준 시나리오 그대로입니다. 주장이 맞다면 한국 반도체 수출, 미국 데이터센터 전력, 한국 팹·데이터센터 전력이 함께 늘어납니다.</translation>
    </message>
    <message>
      <source>The model builds the link in: one AI-demand driver moves memory demand and data-centre electricity together, so it shows how large the joint effect is, not whether the link exists. AI demand is an assumption, not a lever.</source>
      <translation>이 연결은 모형에 내장되어 있습니다. 하나의 AI 수요 동인이 메모리 수요와 데이터센터 전력을 함께 움직이므로, 모형은 공동 효과의 크기를 보여 줄 뿐 연결이 실제로 존재하는지는 보여 주지 않습니다. AI 수요는 정책 수단이 아니라 가정입니다.</translation>
    </message>
    <message>
      <source>Does tripling renewables carry the chip build-out?</source>
      <translation>재생에너지 3배 확대로 반도체 증설을 감당할 수 있는가?</translation>
    </message>
    <message>
      <source>Korea must triple clean-energy deployment by 2030 to power its chip and AI build-out.</source>
      <translation>한국은 반도체와 AI 증설에 필요한 전력을 대려면 2030년까지 청정에너지 보급을 3배로 늘려야 한다.</translation>
    </message>
    <message>
      <source>Korea's renewable capacity in 2030 at 3× its 2023 level (the op-ed's tripling) instead of the 11th Basic Plan's ≈2.4×. If the claim holds, clean power covers more of Korea's fab and data-centre demand and their CO2 falls.</source>
      <translation>2030년 한국의 재생에너지 설비용량을 「제11차 전력수급기본계획」의 약 2.4배 대신 2023년의 3배(기고문의 3배 확대)로 설정. 주장이 맞다면 무탄소 전력이 한국 팹·데이터센터 수요를 더 많이 충당하고 그 CO2 배출이 줄어든다.</translation>
    </message>
    <message>
      <source>The model shows how much more the tripling covers, not whether it is enough: no level of coverage is set as what the build-out needs. Building faster than the feasible rate meets a ceiling, and the tripling is Korea's own build decision: the model does not say US cooperation is what makes it happen.</source>
      <translation>모형은 3배 확대로 무탄소 전력 충당률이 얼마나 높아지는지를 보여 줄 뿐 그것으로 충분한지는 보여 주지 않습니다. 증설에 필요한 충당률 수준은 정해 두지 않았습니다. 보급 가능 속도보다 빨리 보급하려 하면 상한에 부딪히며, 3배 확대는 한국 자체의 보급 결정으로서 모형은 미국과의 협력 덕분에 이루어진다고 보지 않습니다.</translation>
    </message>
    <message>
      <source>Does US–Korea lab cooperation speed Korea's clean build?</source>
      <translation>한미 연구 협력은 한국의 청정에너지 보급을 앞당기는가?</translation>
    </message>
    <message>
      <source>Clean energy is where Korea and the US should work together: joint lab cooperation helps Korea build clean power faster.</source>
      <translation>청정에너지는 한국과 미국이 함께해야 할 분야다. 공동 연구 협력은 한국이 무탄소 전력을 더 빨리 보급하도록 돕는다.</translation>
    </message>
    <message>
      <source>Joint US–Korea clean-energy R&amp;D of $1,000 million a year from 2026 instead of $10 million. If the claim holds, renewables take a larger share of Korean power.</source>
      <translation>2026년부터 한미 청정에너지 공동 R&amp;D를 연 1,000만 달러 대신 연 10억 달러로 확대. 주장이 맞다면 한국의 재생에너지 발전 비중이 높아진다.</translation>
    </message>
    <message>
      <source>R&amp;D acts only by lowering build costs after a lag, up to a bounded cut, and by sending researchers home; the US gains from cooperation (markets, supply chains) are not modelled.</source>
      <translation>R&amp;D는 시차를 두고 일정 한도 안에서 보급 비용을 낮추고 연구 인력을 귀국시키는 경로로만 작용합니다. 협력으로 미국이 얻는 이익(시장, 공급망)은 모형에 반영하지 않습니다.</translation>
    </message>
    <message>
      <source>Do visas for Korean professionals matter?</source>
      <translation>한국 전문인력 비자는 효과가 있는가?</translation>
    </message>
    <message>
      <source>Visas for Korean professionals (the Partner with Korea Act's 15,000 a year) would help both countries.</source>
      <translation>한국 전문인력 비자(한국 동반자법의 연 15,000개)는 양국 모두에 도움이 된다.</translation>
    </message>
    <message>
      <source>15,000 E-4 visas a year from 2026 instead of none. If the claim holds, fewer US chip jobs go unfilled and more Korean professionals return home with US experience.</source>
      <translation>2026년부터 E-4 비자를 0개 대신 연 15,000개 발급. 주장이 맞다면 미국 반도체 일자리 미충원이 줄고, 미국 경험을 갖고 귀국하는 한국 전문인력이 늘어난다.</translation>
    </message>
    <message>
      <source>Visa holders fill US chip jobs and some return home; what returnees add to Korea's own fabs or clean-energy build is bounded by assumption, and the Act is not law.</source>
      <translation>비자 소지자는 미국 반도체 일자리를 채우고 일부는 귀국합니다. 귀국 인력이 한국의 팹이나 청정에너지 보급에 더하는 효과는 가정으로 상한을 두었으며, 이 법안은 제정되지 않았습니다.</translation>
    </message>
    <message>
      <source>Does a US chip tariff hurt Korea?</source>
      <translation>미국의 반도체 관세는 한국에 타격을 주는가?</translation>
    </message>
    <message>
      <source>A general US tariff on imported chips — about 100%, as announced on 6 August 2025, with no charge for firms building in the US — hurts Korea.</source>
      <translation>미국의 수입 반도체 일반 관세(2025년 8월 6일 발표된 약 100%, 미국에 공장을 짓는 기업은 면제)는 한국에 타격을 준다.</translation>
    </message>
    <message>
      <source>A 100% US tariff on imported chips from 2026, with the exemption for firms building in the US, instead of none. If the claim holds, Korean chip exports and Korean makers' investment at home fall.</source>
      <translation>2026년부터 관세 없음 대신 수입 반도체에 100% 관세 부과(미국에 공장을 짓는 기업은 면제). 주장이 맞다면 한국 반도체 수출과 한국 기업의 국내 투자가 줄어든다.</translation>
    </message>
    <message>
      <source>This is not the op-ed's claim (it predates the announcement) but the question its argument raises today. The tariff reaches Korean chips sold to the US directly or as HBM via Taiwan; chips inside imported devices and the tariff's pull on other firms are not modelled.</source>
      <translation>이는 기고문의 주장이 아니라(기고문은 발표 이전에 쓰였음) 기고문의 논지가 오늘날 제기하는 질문입니다. 관세는 미국에 직접 또는 대만을 거친 고대역폭메모리(HBM)로 판매되는 한국 반도체에 적용됩니다. 수입 기기에 들어간 반도체와 관세가 다른 기업의 입지에 미치는 영향은 모형에 반영하지 않습니다.</translation>
    </message>
    <message>
      <source>Does China's response to containment hit Korea?</source>
      <translation>봉쇄에 대한 중국의 대응은 한국에 타격을 주는가?</translation>
    </message>
    <message>
      <source>US containment threatens allies' supply chains, Korea's above all: China's answer lands on Korean makers.</source>
      <translation>미국의 봉쇄는 동맹국, 특히 한국의 공급망을 위협한다. 중국의 대응은 한국 기업이 떠안게 된다.</translation>
    </message>
    <message>
      <source>China answers with market exclusion of US-aligned firms and denial of critical minerals (level 2) from 2026 instead of today's mineral export licensing. If the claim holds, Korean chip exports and Korea's share of the world chip market fall.</source>
      <translation>중국이 2026년부터 현행 광물 수출허가제 대신 미국 측 기업의 시장 배제와 핵심광물 공급 거부(2단계)로 대응. 주장이 맞다면 한국 반도체 수출과 세계 반도체 시장에서 한국의 점유율이 낮아진다.</translation>
    </message>
    <message>
      <source>China's response is a setting, not a reaction: the model does not make China answer wider controls by itself. Exclusion reaches Korean sales in China, not Korea's other exports.</source>
      <translation>중국의 대응은 반응이 아니라 설정값입니다. 모형에서 중국은 통제 확대에 스스로 대응하지 않습니다. 시장 배제는 한국의 중국 내 매출에만 미치며 한국의 다른 수출에는 미치지 않습니다.</translation>
    </message>
    <message>
      <source>Do China's workarounds defeat the controls?</source>
      <translation>중국의 우회 수단은 통제를 무력화하는가?</translation>
    </message>
    <message>
      <source>China gets round US export controls by smuggling chips, renting overseas servers and training leaner models on fewer or weaker chips.</source>
      <translation>중국은 반도체 밀수, 해외 서버 임차, 더 적거나 성능이 낮은 칩으로 경량 모델을 학습시키는 방식으로 미국의 수출통제를 우회한다.</translation>
    </message>
    <message>
      <source>The model has no channel for smuggling, renting compute abroad or leaner models. Its only routes for China to close the gap are a fixed leakage share of each denial and the indigenous effort the controls induce (see the backfire question).</source>
      <translation>모형에는 밀수, 해외 연산자원 임차, 경량 모델의 경로가 없습니다. 중국이 격차를 좁히는 경로는 각 통제에 대한 일정 비율의 통제 우회와 통제가 촉발하는 자체 개발뿐입니다(역효과 질문 참조).</translation>
    </message>
    <message>
      <source>Are US fabs too slow and costly?</source>
      <translation>미국 팹은 너무 느리고 비싼가?</translation>
    </message>
    <message>
      <source>US fabs are slow and costly to build (TSMC Arizona, Samsung Taylor), which limits what the subsidies can achieve.</source>
      <translation>미국 팹은 건설이 느리고 비용이 많이 들어(TSMC 애리조나, 삼성 테일러) 보조금의 효과를 제한한다.</translation>
    </message>
    <message>
      <source>Construction time and the US cost premium are inputs (assumptions with ranges), not results. Their effect on the outcomes can be seen in Analysis → What drives an outcome.</source>
      <translation>건설 기간과 미국의 비용 할증은 결과가 아니라 입력값(범위가 있는 가정)입니다. 이들이 결과에 미치는 영향은 분석 → 결과 지표의 결정 요인에서 볼 수 있습니다.</translation>
    </message>
  </context>
  <context>
    <name>examples</name>
    <message>
      <source>Baseline</source>
      <translation>기준 시나리오</translation>
    </message>
    <message>
      <source>Every lever at today's policy: the CHIPS Act's $39B manufacturing incentives, Korea's 20% K-Chips credit (2025 amendment, to its 2029 sunset), export controls at the 2023–24 scope, operate-only licences for Korean fabs in China (the blanket waiver ended with 2025), Korea's renewables at ≈2.4× 2023 by 2030 and 33 GW of nuclear in 2038 (the 11th Basic Plan), no E-4 visas, $10M a year of joint clean-energy R&amp;D, no general US chip tariff (none was in force at 1 December 2026) and China's critical-mineral export licensing as since 2023. The reference every other scenario is compared with.</source>
      <translation>모든 정책 수단을 현행 정책으로 설정: 미국 반도체과학법(CHIPS Act) 제조 인센티브 390억 달러, 한국 국가전략기술(반도체) 시설투자 세액공제율 20%(2025년 개정, 2029년 일몰까지), 수출통제는 2023~2024년 범위, 중국 내 한국 팹은 운영 한정 허가(VEU(검증된 최종사용자) 지위는 2025년 말 종료), 재생에너지 2030년까지 2023년의 약 2.4배·원전 2038년 33GW(「제11차 전력수급기본계획」), E-4 비자 없음, 한미 청정에너지 공동 R&amp;D 연 1,000만 달러, 미국의 반도체 일반 관세 없음(2026. 12. 1. 기준 미시행), 중국의 핵심광물 수출허가제는 2023년 이후와 동일. 다른 모든 시나리오의 비교 기준임.</translation>
    </message>
    <message>
      <source>Operate-only status quo</source>
      <translation>운영 한정 허가 현상 유지</translation>
    </message>
    <message>
      <source>The policy world of late 2026 as it stands, spelled out. The US revoked the blanket validated-end-user (VEU) authorisations of Samsung's and SK hynix's China fabs with effect from 31 December 2025 (Federal Register, 2 September 2025) and licenses running those fabs but not expanding or upgrading them: operate-only terms. Export controls stay at today's scope (the model records the December 2024 controls at level 2); no general US chip tariff is in force (Proclamation 11002 of January 2026 puts 25% only on a narrow set of advanced AI accelerators); China keeps its export licensing of gallium, germanium and graphite, as since 2023. The CHIPS Act's $39B is paid by milestone to 2031, Korea's K-Chips credit stays at 20% to its 2029 sunset, renewables and nuclear follow the 11th Basic Plan, and there are no E-4 visas. Its levers are the baseline's: open it to watch what operate-only terms do as the China fabs' nodes age (Korean memory output at risk, Korea's market share), and compare it with Collective resilience (VEU restored) and Containment first (US tools denied).</source>
      <translation>2026년 말 현재의 정책 환경을 그대로 기술. 미국은 삼성전자·SK하이닉스 중국 팹의 VEU(검증된 최종사용자) 지위를 2025. 12. 31.자로 철회(연방관보, 2025. 9. 2.)하고, 해당 팹의 운영은 허가하되 증설·고도화는 불허하는 운영 한정 허가 조건을 적용. 수출통제는 현행 범위 유지(모형상 2024년 12월 통제 = 수준 2), 미국의 반도체 일반 관세는 미시행(2026년 1월 포고문 11002호는 일부 첨단 AI 가속기에만 25% 부과), 중국은 2023년 이후의 갈륨·게르마늄·흑연 수출허가제 유지. 반도체과학법 390억 달러는 2031년까지 단계별 지급, 국가전략기술(반도체) 시설투자 세액공제율은 2029년 일몰까지 20% 유지, 재생에너지·원전은 「제11차 전력수급기본계획」을 따르며 E-4 비자는 없음. 정책 수단은 기준 시나리오와 같음: 중국 팹의 공정이 노후화하면서 운영 한정 허가가 미치는 영향(한국 기업 중국 내 메모리 생산 차질 위험, 한국의 시장점유율)을 확인하고, 집단적 회복력(VEU 지위 복원)·봉쇄 우선(미국 장비 반입 불허)과 비교.</translation>
    </message>
    <message>
      <source>CHIPS status quo</source>
      <translation>반도체과학법 현상 유지</translation>
    </message>
    <message>
      <source>Washington keeps the CHIPS Act envelope and the December 2024 controls (HBM, more tools and entities); Korea stays at the 2023 credit of 15%; Korean fabs in China keep operate-only licences. No visa programme, no new clean-energy cooperation. What happens if nothing new is decided on either side.</source>
      <translation>미국은 반도체과학법 지원 규모와 2024년 12월 통제(고대역폭메모리(HBM), 장비·우려거래자 목록 추가)를 유지, 한국은 2023년 세액공제율 15%에 머무름, 중국 내 한국 팹은 운영 한정 허가 유지. 비자 프로그램·신규 청정에너지 협력 없음. 양국 모두 새로운 결정을 하지 않을 경우의 결과.</translation>
    </message>
    <message>
      <source>Containment first</source>
      <translation>봉쇄 우선</translation>
    </message>
    <message>
      <source>The containment-led path the op-ed criticises: controls widened to full decoupling with allies aligned, Korean fabs in China denied US tools altogether, and a larger US subsidy envelope to pull fabs onshore. Watch China's chip gap rise and then erode, Korea's China-fab exposure and exports, and China's legacy-node share.</source>
      <translation>기고문이 비판하는 봉쇄 주도 경로: 동맹과 보조를 맞춘 완전한 디커플링 수준으로 통제 확대, 중국 내 한국 팹에 미국 장비 반입 전면 불허, 팹의 미국 내 유치를 위한 보조금 확대. 중국의 반도체 격차가 벌어졌다가 좁혀지는 과정, 한국의 중국 팹 노출도와 수출, 중국의 레거시 공정 점유율을 확인.</translation>
    </message>
    <message>
      <source>Tariff wall</source>
      <translation>관세 장벽</translation>
    </message>
    <message>
      <source>A general US tariff of 100% on imported chips from 2026, with no charge for firms building fabs in the US: the tariff announced in the Oval Office on 6 August 2025 ("approximately 100%" on chips and semiconductors, exempting companies that build in the US; reported by CNBC and Reuters). It was not in force at 1 December 2026: Proclamation 11002 (14 January 2026) put 25% only on a narrow set of advanced AI accelerators not used in the US. Everything else stays at the baseline. The tariff reaches Korean chips sold to the US directly or as HBM via Taiwan, less the part the exemption covers because Samsung (Taylor) and SK hynix (Indiana) build in the US; it also pulls Korean makers' new capacity to the US. Watch Korean chip exports, Korean makers' investment at home and their capacity in the US.</source>
      <translation>2026년부터 미국이 수입 반도체에 일반 관세 100%를 부과하되 미국 내 팹 건설 기업은 면제: 2025. 8. 6. 백악관 집무실에서 발표된 관세(반도체에 "약 100%", 미국 내 생산 기업 면제; CNBC·로이터 보도). 2026. 12. 1. 기준 미시행: 포고문 11002호(2026. 1. 14.)는 미국에서 쓰이지 않는 일부 첨단 AI 가속기에만 25% 부과. 그 밖의 조건은 기준 시나리오와 같음. 관세는 미국에 직접 또는 대만을 거쳐 고대역폭메모리(HBM)로 판매되는 한국산 반도체에 적용되며, 삼성전자(테일러)·SK하이닉스(인디애나)의 미국 내 건설로 면제되는 부분은 제외. 한국 기업의 신규 생산능력을 미국으로 끌어당기는 효과도 있음. 한국의 반도체 수출, 한국 기업의 국내 투자와 미국 내 생산능력을 확인.</translation>
    </message>
    <message>
      <source>Collective resilience</source>
      <translation>집단적 회복력</translation>
    </message>
    <message>
      <source>The op-ed's proposal: the US works with allies rather than against their supply chains. The blanket waiver for Korean fabs in China is restored, controls stay at today's scope, Korea triples renewables by 2030, the Partner with Korea Act's 15,000 E-4 visas a year are enacted, and joint clean-energy lab cooperation grows to $300M a year.</source>
      <translation>기고문의 제안: 미국이 동맹국의 공급망에 맞서는 대신 동맹과 협력. 중국 내 한국 팹의 VEU(검증된 최종사용자) 지위 복원, 수출통제는 현행 범위 유지, 한국은 2030년까지 재생에너지 3배 보급, 「한국 동반자 법안」(Partner with Korea Act)의 E-4 비자 연 15,000건 시행, 한미 청정에너지 공동 연구 협력을 연 3억 달러로 확대.</translation>
    </message>
    <message>
      <source>Green alliance</source>
      <translation>녹색 동맹</translation>
    </message>
    <message>
      <source>Clean energy first: Korea quadruples renewable capacity by 2030 against 2023, joint R&amp;D of $1B a year lowers build costs, 10,000 E-4 visas a year, and a 25% chip credit so new fabs are built where clean power is coming. Tests how far clean supply can keep up with fab and AI data-centre load.</source>
      <translation>청정에너지 우선: 한국은 2030년까지 재생에너지 설비를 2023년의 4배로 보급, 연 10억 달러의 공동 R&amp;D로 건설비 절감, E-4 비자 연 10,000건, 세액공제율 25%로 무탄소 전력이 공급될 곳에 신규 팹 건설. 무탄소 전력 공급이 팹·AI 데이터센터 부하를 어디까지 따라갈 수 있는지 검증.</translation>
    </message>
  </context>
</TS>