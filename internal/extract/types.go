package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
)

// typeHit is one piece of evidence for an incident type.
type typeHit struct {
	code string
	at   span
}

// accountWords name accounts; a 不正アクセス or 乗っ取り aimed at one is an
// account takeover.
var accountWords = []string{"アカウント", "メールアドレス", "SNS", "インスタグラム", "Instagram", "Twitter", "フェイスブック",
	"Facebook", "LINE", "X(旧Twitter)", "公式X", "ID"}

// carriedThings: devices, media and papers that can be lost or stolen.
var carriedThings = []string{"かばん", "カバン", "鞄", "バッグ", "パソコン", "PC", "端末", "スマートフォン", "携帯電話", "USB", "書類",
	"キャビネット", "タブレット", "ハードディスク", "媒体", "封筒", "財布", "手帳", "名簿", "申込書", "台帳"}

// takeoverTargets: besides accounts, what can be taken over ("ホームページが
// 乗っ取られ", "メールが乗っ取られ").
var takeoverTargets = []string{"ホームページ", "メール", "ウェブサイト", "Webサイト", "WEBサイト", "公式サイト", "ブログ"}

// credentialWords name the secrets of an account.
var credentialWords = []string{"認証情報", "パスワード", "ID", "アカウント", "ログイン情報"}

// systemWords name systems; a 不正アクセス aimed at one is an intrusion.
var systemWords = []string{"サーバ", "システム", "ネットワーク", "サイト", "ホームページ", "プラットフォーム", "クラウド",
	"データベース", "端末", "パソコン", "PC", "機器", "VPN", "環境"}

// uaExclusions: 不正アクセス in these phrases names a law or a defence.
var uaExclusions = []string{"不正アクセス対策", "不正アクセス防止", "不正アクセス行為の禁止", "不正アクセス禁止", "不正アクセス等の防止"}

// advisoryMarks make a sentence hypothetical or a piece of advice.
var advisoryMarks = []string{"場合", "万が一", "万一", "ませんよう", "ないよう", "ないように", "された際には", "した際には"}

// negAfter lists negations that, right after a cue, deny it.
var negAfter = []string{"ない", "なく", "ません", "無く", "無い", "なし", "おらず", "ず、", "ず。"}

// negated reports whether the clause after position end (to the next 、。 or
// line end, at most 24 runes) denies what comes before it.
func negated(s string, end, hi int) bool {
	if hasPrefixAny(s[end:hi], coordinators) {
		// "不正アクセスや、個人情報の流出は確認されていません"
		return containsAny(s[end:min(hi, runesFwd(s, end, 30, hi))], negAfter)
	}
	return containsAny(s[end:clauseEnd24(s, end, hi)], negAfter)
}

// clauseEnd24 is min(clauseEnd(s, i, hi), runesFwd(s, i, 24, hi)) in one
// walk: runesFwd's, testing bytes for the marks that end a clause (、 。 ，
// newline or comma, whole before hi). No mark's first byte is a
// continuation byte, so each mark before the limit starts a rune of the
// walk, as it does in clauseEnd's.
func clauseEnd24(s string, i, hi int) int {
	for n := 24; n > 0 && i < hi; n-- {
		c := s[i]
		switch {
		case c == '\n' || c == ',':
			return i
		case c == 0xE3 && i+2 < hi && s[i+1] == 0x80 && (s[i+2] == 0x81 || s[i+2] == 0x82): // 、。
			return i
		case c == 0xEF && i+2 < hi && s[i+1] == 0xBC && s[i+2] == 0x8C: // ，
			return i
		}
		// runesFwd's step.
		if i+3 <= hi && c >= 0xE0 && c < 0xF0 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:hi])
		i += size
	}
	return i
}

// coordinators right after a cue join it to the next word ("不正アクセスや、…").
var coordinators = []string{"や、", "や", "及び", "および", "と、"}

// classify finds the incident types of a report.
func classify(v *view) (types []string, ev []typeHit) {
	var strong, weak []typeHit
	var uaSystem, uaAccount, uaBare []typeHit
	var seenStrong [32]int  // evidence kept per code: later repeats add nothing
	var risk []typeHit      // phishing only feared (…送信される可能性があります)
	routing := false        // a mail-routing mistake was told
	var addrSlips []typeHit // a wrong address registered or typed
	marks := sentenceMarksOf(v)
	exSent, example := -1, false // exampleCase of the sentence of the hit before (hits come sentence by sentence)
	for _, h := range v.hits {
		if h.kind != kType {
			continue
		}
		c := &cueList[h.id]
		if ci := typeIndex[c.code]; c.flag&(fUA|fTamper|fWeak|fAdvisory) == 0 && seenStrong[ci] >= 3 {
			continue
		}
		si := v.sentenceIndex(h.start)
		if si < 0 {
			continue
		}
		sent := v.sents[si]
		sentText := v.text(sent)
		if si != exSent {
			exSent, example = si, exampleCase(v, si, sentText)
		}
		if example {
			continue // "ある中小企業で…誤送信した事例がありました": another's case told as an example
		}
		th := typeHit{c.code, span{h.start, h.end}}
		sm := marks.at(si)
		explain := v.explanatoryAt(si) && !inTitle(v, sent.start)
		// (futureRisk needs a word of riskWords, which the rest of the
		// sentence has only if the sentence has.)
		feared := !explain && !inTitle(v, sent.start) && sm&smRisk != 0 && futureRisk(v.s[h.end:sent.end])
		if blockedAttempt(v.s[h.end:sent.end]) || containsAny(v.s[h.end:runesFwd(v.s, h.end, 10, sent.end)], blockedWords) {
			continue // "ランサムウェアの設置が試みられたが防御": no incident of that kind
		}
		if (c.code == "ransomware" || c.code == "malware") && contains(v.s[h.end:runesFwd(v.s, h.end, 6, sent.end)], "を狙") {
			continue // "Emotet感染を狙うなりすましメール": an infection aimed at, not had
		}
		if (c.code == "ransomware" || c.code == "malware") && ruledOut(v.s[h.end:sent.end]) {
			continue // "ランサムウェアによる暗号化などの被害は確認されておりません"
		}
		switch {
		case c.flag&fUA != 0 && (explain || feared):
			weak = append(weak, th)
			continue
		case c.flag&fUA != 0:
			if hasPrefixAny(v.s[h.start:], uaExclusions) {
				continue
			}
			if negated(v.s, h.end, sent.end) || v.advisoryAt(si) {
				continue
			}
			back := v.s[runesBack(v.s, h.start, 15, sent.start):h.start]
			if i := lastClauseMark(back); i >= 0 {
				back = back[i:] // "【…】LINEX株式会社 不正アクセス": no account before the word
			}
			switch {
			case containsAny(back, credentialLists):
				// "他社から流出したID・パスワードのリストを使った不正アクセス"
				strong = append(strong, typeHit{"credential_stuffing", th.at})
			case containsAny(back, accountWords) && !containsAny(back, []string{"サーバ", "システム"}) && !containsAny(back, legalForms):
				// (not "LINEX株式会社 不正アクセス": a company's name)
				uaAccount = append(uaAccount, typeHit{"account_takeover", th.at})
			case containsAny(v.s[runesBack(v.s, h.start, 20, sent.start):h.start], systemWords):
				uaSystem = append(uaSystem, th)
			default:
				uaBare = append(uaBare, th)
			}
			continue
		case c.flag&fTamper != 0:
			back := v.s[runesBack(v.s, h.start, 20, sent.start):h.start]
			fwd := v.s[h.end:runesFwd(v.s, h.end, 8, sent.end)]
			switch {
			case containsAny(back, []string{"ペイメント", "決済", "カード"}) || contains(fwd, "決済") ||
				v.has("card") && !containsAny(back, []string{"ページ", "バナー"}):
				th.code = "web_skimming"
			case containsAny(back+fwd, []string{"サイト", "ページ", "ウェブ", "Web", "WEB", "web", "ホームページ", "HP", "バナー", "コンテンツ"}):
				th.code = "defacement"
			case si > 0 && containsAny(v.text(v.sents[si-1]), []string{"ホームページ", "ウェブサイト", "Webサイト", "WEBサイト", "サイト上"}) &&
				containsAny(v.text(v.sents[si-1]), []string{"表示され", "へのリンク", "書き換え", "掲載していない"}):
				// "…に広告へのリンクが表示されていた。…改ざんと判断":
				// the site is named in the sentence before.
				th.code = "defacement"
			default:
				continue
			}
		case c.flag&fTakeover != 0:
			back := v.s[runesBack(v.s, h.start, 4, sent.start):h.start]
			if containsAny(back, []string{"端末", "パソコン", "PC", "画面"}) || !containsAny(sentText, accountWords) && !containsAny(sentText, takeoverTargets) {
				continue
			}
			if hasSuffixAny(c.pat, []string{"利用され"}) {
				// "メールアカウントとパスワードが学外者に不正に利用され": what
				// was used must be an account, not a server or a card.
				own := v.s[runesBack(v.s, h.start, 16, sent.start):h.start]
				if !containsAny(own, []string{"アカウント", "パスワード", "ID"}) || containsAny(own, []string{"サーバ", "カード"}) {
					continue
				}
			}
			if strings.HasPrefix(c.pat, "パスワードを") && (v.advisoryAt(si) || !contains(sentText, "メール") ||
				containsAny(sentText, []string{"不正ログイン", "リスト型", "他社", "他のサービス", "他サービス", "流出した"})) {
				continue // only a mailbox used with its own credentials; list attacks are credential stuffing
			}
		case c.flag&fVirus != 0:
			fwd := v.s[h.end:runesFwd(v.s, h.end, 8, sent.end)]
			back := v.s[runesBack(v.s, h.start, 3, sent.start):h.start]
			if containsAny(fwd, []string{"を装", "したかのよう", "を伝え", "を知らせ", "と偽", "の警告", "しています", "」と警告", "」との警告", "」という警告", "」と表示",
				"を狙", "させる目的", "させようと"}) || contains(back, "偽") {
				// (also "Emotet感染を狙うなりすましメール": an infection aimed at, not had)
				continue
			}
			if contains(v.s[runesBack(v.s, h.start, 6, sent.start):h.start], "コロナ") {
				continue // "新型コロナウイルス感染者": a disease, not malware
			}
			if negated(v.s, h.end, sent.end) {
				continue
			}
			if v.advisoryAt(si) && containsAny(sentText, []string{"恐れ", "おそれ", "可能性"}) {
				continue
			}
		case c.flag&fMisSend != 0:
			// "誤って同学年の保護者全員にメール送信": the words between name
			// the recipients.
			fwd := v.s[h.end:runesFwd(v.s, h.end, 25, sent.end)]
			if !containsAny(fwd, misSendVerbs) ||
				containsAny(fwd, []string{"公開", "掲載", "廃棄", "登録", "付与", "ないよう", "防止"}) {
				continue
			}
		case c.flag&fImperson != 0:
			// "職員になりすましてのVPN接続": a login as someone, not a fake
			// mail or site.
			if containsAny(v.s[h.end:runesFwd(v.s, h.end, 10, sent.end)], impersonatedLogins) {
				continue
			}
		}
		if c.code == "misconfiguration" && (containsAny(v.s[runesBack(v.s, h.start, 4, sent.start):h.start], []string{"配送", "転送", "振り分け", "振分"}) ||
			containsAny(sentText, mailRouting)) || c.code == "system_failure" && containsAny(sentText, mailRouting) &&
			(containsAny(sentText, settingErrors) || containsAny(sentText, addressChanges)) {
			// A wrong mail-routing setting ("アドレス変更に伴う設定の誤りで
			// フォームのメールが届いていなかった") is a procedural mistake,
			// not data left viewable nor a program fault.
			th.code = "processing_error"
			routing = true
		}
		if c.code == "loss_theft" && c.pat == "盗まれ" && containsAny(v.s[runesBack(v.s, h.start, 12, sent.start):h.start], credentialWords) {
			// Stolen credentials are an account taken over, not a lost device.
			th.code = "account_takeover"
		} else if c.code == "loss_theft" && c.pat == "盗まれ" && hasSuffixAny(v.s[sent.start:h.start], []string{"情報が", "情報を", "データが", "データを"}) {
			continue // "メールの情報が盗まれた": data taken, not a device stolen
		}
		if (c.pat == "Emotet" || c.pat == "エモテット") && !contains(sentText, "感染") &&
			(contains(v.s[runesBack(v.s, h.start, 10, sent.start):h.start], "メール") || containsAny(v.s[h.end:sent.end], disguiseVerbs)) {
			// "なりすましメール(Emotet)": the kind of the fake mails, not an
			// infection of the organization.
			weak = append(weak, th)
			continue
		}
		if c.pat == "持ち去られ" && !containsAny(v.s[runesBack(v.s, h.start, 16, sent.start):h.start], carriedThings) {
			continue // "データが持ち去られ": data taken, not a thing stolen
		}
		if c.code == "phishing" && c.pat == "を装" {
			back := v.s[runesBack(v.s, h.start, 4, sent.start):h.start]
			if contains(back, "感染") {
				continue
			}
		}
		if c.flag&fAdvisory != 0 && v.advisoryAt(si) {
			continue
		}
		if c.code == "spam_relay" && containsAny(v.s[h.end:sent.end], []string{"可能性", "おそれ", "恐れ"}) {
			continue // spam that may come later, not spam sent
		}
		if (c.pat == "迷惑メール" || c.pat == "スパムメール") && hasPrefixAny(v.s[h.end:], []string{"フォルダ", "対策", "フィルタ"}) {
			continue // "迷惑メールフォルダに分類されたメール": a mail folder
		}
		if (c.pat == "迷惑メール" || c.pat == "スパムメール") && (containsAny(sentText, disguiseVerbs) && !containsAny(sentText, accountAbuse) || containsAny(sentText, []string{"送信元のように", "送信元として表示", "差出人のように", "差出人として表示", "送信元を偽", "差出人を偽", "送信元を詐称", "差出人を詐称"}) ||
			containsAny(v.s[runesBack(v.s, h.start, 8, sent.start):h.start], disguiseVerbs)) {
			// Spam that only shows the organization as its sender ("…を装った
			// 迷惑メール", "アドレスを詐称した迷惑メール") was not sent by it.
			continue
		}
		if c.code == "insider_misuse" && strings.HasSuffix(c.pat, "閲覧") && strings.HasPrefix(v.s[h.end:], "され") &&
			!containsAny(sentText, insiderActors) {
			// "個人情報の一部が不正に閲覧された可能性": seen by whoever broke
			// in; snooping needs a member of staff doing it.
			weak = append(weak, th)
			continue
		}
		if c.code == "processing_error" && containsAny(v.s[runesBack(v.s, h.start, 15, sent.start):h.start], addressWords) {
			// "メールアドレスを誤入力したまま送信": a wrong address is how a
			// mail went astray, a slip of its own only if nothing was sent.
			addrSlips = append(addrSlips, th)
			continue
		}
		if c.flag&(fVirus|fUA) == 0 && (c.code != "phishing" || !contains(c.pat, "関係")) && negated(v.s, h.end, sent.end) {
			continue
		}
		if feared && c.code == "phishing" {
			// Mails "that may be sent" as the organization: a warning, an
			// event only where no malware explains them.
			risk = append(risk, th)
			continue
		}
		// (sm&(smMeasure|smEvent) == smMeasure: the sentence names a measure,
		// containsAny(t, measureWords), and no event, !containsAny(t,
		// eventStatements).)
		if c.flag&fWeak != 0 || explain || feared || sm&(smMeasure|smEvent) == smMeasure && !inTitle(v, sent.start) {
			// "フィッシングメールへの対処について注意喚起を徹底する": a
			// measure names a threat, not what happened.
			// Explanations of a threat and advice to readers count only
			// when nothing else is said (a bare phishing warning).
			weak = append(weak, th)
			continue
		}
		strong = append(strong, th)
		seenStrong[typeIndex[th.code]]++
	}
	has := func(code string) bool {
		for _, t := range strong {
			if t.code == code {
				return true
			}
		}
		return false
	}
	strong = append(strong, uaAccount...)
	if !has("misdelivery") {
		strong = append(strong, addrSlips...)
	} else if len(addrSlips) > 0 {
		// "当該誤登録者の報告により": the slip named again.
		kept := strong[:0]
		for _, t := range strong {
			if t.code == "processing_error" && slipNamed(v, addrSlips, t) {
				continue
			}
			kept = append(kept, t)
		}
		strong = kept
	}
	if len(risk) > 0 && has("account_takeover") && !has("malware") && !has("ransomware") {
		// Lures feared from a hijacked account are sent in its name.
		strong = append(strong, risk...)
	} else {
		weak = append(weak, risk...) // a bare warning of fake mails to come
	}
	takeover := has("account_takeover")
	for _, u := range uaSystem {
		// "メールサーバーが不正アクセスを受け、アカウントが不正に利用され":
		// the account taken over is the intrusion told.
		if takeover && (sameSentence(v, u.at, strong, "account_takeover") || contains(v.s[runesBack(v.s, u.at.start, 12, 0):u.at.start], "メール")) {
			// "本学メールサーバへの不正アクセス": the mailbox taken over.
			continue
		}
		strong = append(strong, u)
	}
	if !takeover && len(uaSystem) == 0 {
		strong = append(strong, uaBare...)
	}
	if has("credential_stuffing") {
		strong = drop(strong, "unauthorized_access")
	}
	if has("account_takeover") && has("credential_stuffing") {
		// "リスト型攻撃によりメールアカウントが不正使用された": the list
		// attack is how the organization's own mailbox was taken over.
		kept := strong[:0]
		for _, t := range strong {
			if t.code == "credential_stuffing" && contains(v.text(v.sentenceAt(t.at.start)), "メールアカウント") {
				continue
			}
			kept = append(kept, t)
		}
		strong = kept
	}
	if has("web_skimming") && !has("unauthorized_access") {
		strong = append(strong, typeHit{"unauthorized_access", firstOf(strong, "web_skimming")})
	}
	attack := false
	for _, c := range []string{"unauthorized_access", "ransomware", "malware", "account_takeover", "credential_stuffing", "web_skimming", "defacement", "spam_relay", "support_scam", "insider_misuse"} {
		if has(c) {
			attack = true
		}
	}
	if attack || has("misdelivery") {
		// Outages and exposure are what the attack or the wrong sending did.
		if attack {
			strong = drop(strong, "system_failure")
		}
		strong = drop(strong, "misconfiguration")
	}
	if has("account_takeover") && !has("spam_relay") {
		if at, ok := sentFrom(v, spamSentMarks); ok {
			strong = append(strong, typeHit{"spam_relay", at})
		}
	}
	if !has("spam_relay") && mailServerBroken(v, uaSystem) {
		// "メールサーバーが不正アクセスを受け…メールが国内外に約12万件
		// 送信された": the server was used to send mass mail.
		if at, ok := massMailSent(v); ok {
			strong = append(strong, typeHit{"spam_relay", at})
		}
	}
	// A warning about fake mails tells phishing, not the malware they carry
	// or the spam they are, unless an own infection, intrusion or relay is
	// told (see spoofedOnly).
	strong = spoofedOnly(v, strong)
	if has("spam_relay") {
		// Mails sent from the hijacked account "as" the organization are the
		// spam itself, not an impersonation; so are the phishing mails a
		// hijacked mailbox sent out ("メールアカウントの不正使用による
		// フィッシングメールの送信").
		takenOver := has("account_takeover")
		kept := strong[:0]
		for _, t := range strong {
			if t.code == "phishing" && weakPhish[v.s[t.at.start:t.at.end]] {
				continue
			}
			if t.code == "phishing" && takenOver && strings.HasPrefix(v.s[t.at.end:], "メール") &&
				containsAny(v.text(v.sentenceAt(t.at.start)), sendingVerbs) {
				continue
			}
			kept = append(kept, t)
		}
		strong = kept
	}
	if has("defacement") && !has("unauthorized_access") {
		// A tampered site was broken into.
		strong = append(strong, typeHit{"unauthorized_access", firstOf(strong, "defacement")})
	}
	if has("support_scam") {
		strong = dropWeak(v, strong, "phishing")
	}
	if has("phishing") && (has("unauthorized_access") || has("web_skimming") || has("misdelivery") || has("loss_theft") || has("misconfiguration")) {
		// "…をお聞きすることはございません。これらはフィッシングメールです。
		// 受け取った場合は…": a warning of fake mails that may follow the
		// leak, not mails sent in the organization's name.
		kept := strong[:0]
		for _, t := range strong {
			if t.code == "phishing" && followOnWarning(v, v.sentenceIndex(t.at.start)) {
				continue
			}
			kept = append(kept, t)
		}
		strong = kept
	}
	if has("account_takeover") && !has("phishing") {
		// Lures sent from a hijacked SNS account impersonate the organization.
		if at, ok := sentFrom(v, lureSentMarks); ok {
			strong = append(strong, typeHit{"phishing", at})
		}
	}
	if has("system_failure") {
		// A wrong issue caused by a program fault is the fault.
		kept := strong[:0]
		for _, t := range strong {
			if t.code == "processing_error" && hasPrefixAny(v.s[t.at.start:], []string{"誤交付", "誤発行"}) {
				continue
			}
			kept = append(kept, t)
		}
		strong = kept
	}
	if has("support_scam") || has("ransomware") {
		strong = drop(strong, "malware") // ransomware is the more specific malware
	}
	if has("phishing") && (has("malware") || has("ransomware") || has("account_takeover")) && lureReceived(v, strong) {
		// "取引先を装うメールを受信し、添付ファイルを開いたところマルウェアに
		// 感染": the organization fell for a fake mail; no one was sent
		// mails in its name.
		strong = drop(strong, "phishing")
	}
	if has("phishing") && has("malware") && infectionDenied(v) {
		// "本件は当市のコンピュータウイルス感染によるものではありません":
		// the malware is what the fake mails carry, not an infection of the
		// organization.
		strong = drop(strong, "malware")
	}
	if routing {
		// "お問い合わせフォームの不具合" in the title of a mail-routing
		// mistake names the same event.
		kept := strong[:0]
		for _, t := range strong {
			if t.code == "system_failure" && inTitle(v, t.at.start) && v.s[t.at.start:t.at.end] == "不具合" {
				continue
			}
			kept = append(kept, t)
		}
		strong = kept
	}
	if has("insider_misuse") {
		strong = drop(strong, "credential_stuffing")
		strong = drop(strong, "account_takeover")
		strong = drop(strong, "unauthorized_access")
	}
	if len(strong) == 0 && len(weak) > 0 {
		strong = weak
	}
	if len(strong) == 0 {
		if at, ok := takenOutByInsider(v); ok {
			// "患者情報の写しを実習中の学生により外部に持ち出されていた"
			strong = append(strong, typeHit{"insider_misuse", at})
		}
	}
	if len(strong) == 0 {
		if containsAny(v.s, overProvision) {
			// "本来は提供する必要のない受給者のデータも含めて提供を行って
			// しまった": more data given than asked, a procedural slip.
			i := indexAny(v.s, overProvision)
			strong = append(strong, typeHit{"processing_error", span{i, i + len("含めて")}})
		}
	}
	seen := map[string]bool{}
	for _, t := range strong {
		if !seen[t.code] {
			seen[t.code] = true
			types = append(types, t.code)
		}
		ev = append(ev, t)
	}
	return types, ev
}

// lastClauseMark is strings.LastIndexAny(s, "、。】 　"). Backward
// decoding stops at every valid rune, so the last of these marks is the
// last occurrence of its bytes (a space, or E3 80 followed by 81, 82, 91 or
// 80), none of which can lie inside another valid rune.
func lastClauseMark(s string) int {
	for k := len(s) - 1; k >= 0; k-- {
		switch c := s[k]; {
		case c == ' ':
			return k
		case (c == 0x81 || c == 0x82 || c == 0x91 || c == 0x80) && k >= 2 && s[k-1] == 0x80 && s[k-2] == 0xE3:
			return k - 2
		}
	}
	return -1
}

// disguiseVerbs right before a mail word make it a mail disguised as the
// organization's ("…を装った迷惑メール").
var disguiseVerbs = []string{"を装", "をかた", "を騙", "を詐称", "を偽装", "になりすま", "を名乗", "を偽"}

// lureReceived reports whether every sentence with phishing evidence tells
// of a fake mail the organization received or was infected by, none of
// mails sent out in its name.
func lureReceived(v *view, strong []typeHit) bool {
	for _, t := range strong {
		if t.code != "phishing" {
			continue
		}
		sp := v.sentenceAt(t.at.start)
		sent := v.text(sp)
		if containsAny(sent, sentOutWords) || !containsAny(sent, receivedWords) ||
			containsAny(v.s[runesBack(v.s, t.at.start, 8, sp.start):t.at.start], ownSideWords) {
			return false // "当社を装ったメールを受信した": the organization is the one faked
		}
	}
	return true
}

// ownSideWords name the organization or its staff as the one faked.
var ownSideWords = []string{"当社", "弊社", "当院", "本院", "当市", "本市", "当町", "本町", "当機構", "弊事務所", "当事務所", "職員", "従業員", "社員", "当行", "弊行", "本学", "当法人"}

// receivedWords: a mail received or opened, or what it infected.
var receivedWords = []string{"受信し", "受信した", "受け取", "開封し", "開いた", "開きました", "感染", "クリックし", "アクセスし", "入力し"}

// sentOutWords: mails sent out or arriving at others.
var sentOutWords = []string{"送信され", "送信して", "送られ", "届いて", "届いた", "届く", "配信され", "発信され", "ばらま", "出回"}

// infectionDenied reports whether the report denies that the organization
// itself was infected: "本件は当市のウイルス感染によるものではありません",
// "庁内機器のコンピュータウイルスの感染は確認されていません".
func infectionDenied(v *view) bool {
	for from := 0; ; {
		i := index(v.s[from:], "感染")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("感染")
		sent := v.sentenceAt(i)
		rest := v.s[from:runesFwd(v.s, from, 16, sent.end)]
		if hasPrefixAny(rest, infectionDenials) {
			return true
		}
	}
}

// infectionDenials right after 感染 deny an infection.
var infectionDenials = []string{"によるものではあ", "によるものではな", "によるものでは", "したものではあ", "ではありません", "ではない",
	"は確認されていません", "は確認されておりません", "は確認されていない", "は確認されず", "は確認されませんでした", "した事実はあ",
	"の事実はあ", "の事実は確認されて", "していないこと", "しておりません", "していません", "しておらず", "していない", "してはおりません"}

// misSendVerbs after 誤って make it a sending by mistake: to someone
// ("誤って保護者全員にメール送信") or of the wrong thing ("誤って個人情報が
// 含まれた別の資料を送信").
var misSendVerbs = []string{"メール送信", "メールで送信", "に送信", "へ送信", "に送付", "へ送付", "に郵送", "に発送", "に配信", "に配布",
	"を送信", "を送付", "を添付", "を郵送", "を発送", "を配布", "を同封", "を封入",
	// The wrong thing written, then sent: "裏面に別の事業所の対象者を誤って記載し送付".
	"し送付", "して送付", "し送信", "して送信", "し郵送", "して郵送", "し発送", "して発送",
	// A wrong number printed for replies: "回答先として誤って一般の方のFAX番号を記載".
	"番号を記載"}

// mailRouting: a mail-routing failure (mails not delivered after an address
// change).
var mailRouting = []string{"届いていなかった", "届いておりませんでした", "届いていませんでした", "届かない状態", "届かなかった",
	"受信できていなかった", "受信できておりませんでした", "未着", "メールアドレス変更", "メールアドレスの変更", "アドレス変更に伴"}

// addressChanges: a change of mail address or system that mail was lost in.
var addressChanges = []string{"アドレス変更", "アドレスの変更", "アドレスを変更", "ドメイン変更", "ドメインの変更", "移行に伴", "切り替えに伴", "切替えに伴", "変更に伴"}

// settingErrors: a wrong setting.
var settingErrors = []string{"設定の誤り", "設定誤り", "設定ミス", "設定不備", "設定の不備", "設定変更", "設定漏れ"}

// futureRisk reports whether the rest of a sentence after a type word says
// it may happen, not that it did ("職員を装ったメールが送信される可能性が
// あります", "不正アクセスの被害につながるおそれ"): a non-past verb right
// before the hedge, with no event told between.
func futureRisk(rest string) bool {
	for _, m := range riskWords {
		i := index(rest, m)
		if i <= 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(rest[:i]); !hasRune("るくすつむぶぐうぬ", r) {
			continue // a non-past verb ends in the u row: 送信される, 届く
		}
		if strings.HasSuffix(rest[:i], "いる") || strings.HasSuffix(rest[:i], "おる") || strings.HasSuffix(rest[:i], "ある") {
			continue // "送信されている可能性": ongoing
		}
		if !containsAny(rest[:i], eventStatements) && !contains(rest[:i], "。") {
			return true
		}
	}
	return false
}

// riskWords name a risk: futureRisk looks for a non-past verb before them.
var riskWords = []string{"可能性", "おそれ", "恐れ", "危険性"}

// ruledOut reports whether the rest of a statement after a malware word
// asks about it or denies it: "の可能性も視野に調査しましたが", "による
// データの暗号化などの被害は確認されておりません" (no event told between).
func ruledOut(rest string) bool {
	if hasPrefixAny(rest, []string{"の可能性も", "の可能性を含め", "の有無", "かどうか", "か否か", "の可能性について", "などの可能性"}) {
		return true
	}
	end := len(rest)
	for _, stop := range []string{"が、", "ものの", "。"} {
		if i := index(rest[:end], stop); i >= 0 {
			end = i
		}
	}
	seg := rest[:end]
	if containsAny(seg, teCommas) {
		return false // an event told before the denial: "感染し、…流出は確認されていません"
	}
	return hasSuffixAny(seg, []string{"ません", "ない", "なかった", "ませんでした", "おらず"})
}

// teCommas end a clause that tells an event and goes on.
var teCommas = []string{"し、", "され、", "り、", "て、", "け、", "ており、"}

// sameSentence reports whether a hit of code in ts lies in the sentence of at.
func sameSentence(v *view, at span, ts []typeHit, code string) bool {
	si := v.sentenceIndex(at.start)
	for _, t := range ts {
		if t.code == code && v.sentenceIndex(t.at.start) == si {
			return true
		}
	}
	return false
}

func advisory(sent string) bool { return containsAny(sent, advisoryMarks) }

// explainMarks make a sentence an explanation of a threat or advice to
// readers ("Emotetは…送信する特徴があります", "不審なメールにご注意ください").
var explainMarks = []string{"特徴があ", "特徴を持", "のが特徴", "とは、", "一般的に", "として知られ", "手口", "ご注意", "ご留意",
	"お気をつけ", "お気を付け", "開かず", "開封せず", "削除してください", "削除していただ", "削除をお願い",
	"感染すると", "開くと", "開封すると", "クリックすると", "と言われて", "といわれて"}

// threatMarks make a sentence describe what a threat does in general, not
// advise readers: only such a sentence names no data and no leak.
var threatMarks = []string{"特徴があ", "特徴を持", "のが特徴", "とは、", "一般的に", "として知られ", "手口", "感染すると", "開くと", "開封すると",
	"クリックすると", "と言われて", "といわれて", "するウイルス", "するマルウェア", "する不正プログラム"}

// describesThreat reports whether an explanatory sentence describes a
// threat ("Emotetは…メール情報を窃取する特徴があります").
func describesThreat(sent string) bool { return containsAny(sent, threatMarks) }

// eventStatements make a sentence report what happened.
var eventStatements = []string{"判明", "確認し", "確認いたし", "確認致し", "確認され", "発生し", "発生いたし",
	"分かり", "わかり", "受けま", "受けた", "を受け", "されました", "されていました", "行われ", "ていました", "ておりました", "発覚"}

// inTitle reports whether position i lies in the first two non-blank lines
// (the title: a warning there is the subject of the notice).
func inTitle(v *view, i int) bool {
	for _, ln := range v.nonEmptyLines(2) {
		if i >= ln.start && i < ln.end {
			return !contains(v.text(ln), "。") // a title, not a body paragraph
		}
	}
	return false
}

// explanatory reports whether a sentence explains a threat or advises
// readers without reporting an event.
func explanatory(sent string) bool {
	return containsAny(sent, explainMarks) && !containsAny(sent, eventStatements)
}

// blockedWords after a type word say the attempt failed.
var blockedWords = []string{"防御", "阻止", "未遂", "ブロック", "遮断され", "遮断し", "防ぐこと", "防いで", "至っておりません", "至っていません", "至らず"}

// blockedAttempt reports whether the rest of a sentence says an attack was
// only tried ("…の設置が試みられましたが、防御され…").
func blockedAttempt(rest string) bool {
	return contains(rest, "試み") && containsAny(rest, blockedWords)
}

// spamSentMarks: mail sent from a hijacked account.
var spamSentMarks = []string{"不審なメールが送信", "不審メールが送信", "不審なメールを送信", "不審メールを送信", "不審なメールが大量",
	"大量のメール", "メールが大量", "メールを大量", "不正なメールが送信", "不正なメールを送信", "メールが送信され", "メールを送信され",
	"メールが送られ", "メールが発信", "メールを発信",
	// The recipients between: "不審なメールが取引先に送信された".
	"に送信されたことが判明", "へ送信されたことが判明", "に送信されていること", "へ送信されていること", "に送信された事実",
	"へ送信された事実", "に送信されました", "へ送信されました"}

// lureSentMarks: messages sent from a hijacked SNS account.
var lureSentMarks = []string{"不審なダイレクトメッセージ", "不審なDM", "不審なメッセージが送", "詐欺サイトへ誘導", "偽サイトへ誘導",
	"勧誘するメッセージ", "勧誘するDM"}

// sentFrom finds a statement that mail or messages were sent from the
// account (not in advice, not denied, not merely feared).
func sentFrom(v *view, marks []string) (span, bool) {
	if !containsAny(v.s, marks) {
		return span{}, false // one pass instead of one search per mark
	}
	for _, m := range marks {
		for from := 0; ; {
			i := index(v.s[from:], m)
			if i < 0 {
				break
			}
			i += from
			from = i + len(m)
			si := v.sentenceIndex(i)
			if si < 0 {
				continue
			}
			rest := v.s[i+len(m) : v.sents[si].end]
			if v.advisoryAt(si) || v.explanatoryAt(si) || negated(v.s, i+len(m), v.sents[si].end) ||
				containsAny(rest, possibleMarks) || strings.HasPrefix(rest, "てくる") {
				continue
			}
			return span{i, i + len(m)}, true
		}
	}
	return span{}, false
}

// advisoryAt is advisory for the sentence at index i (see sentMarks).
func (v *view) advisoryAt(i int) bool { return v.sentMarks(i)&smAdvisory != 0 }

// explanatoryAt is explanatory for the sentence at index i (see
// sentMarks).
func (v *view) explanatoryAt(i int) bool { return v.sentMarks(i)&(smExplain|smEvent) == smExplain }

// sentMarks returns sentenceMarks of sentence i, read once per view for
// every rule that asks.
func (v *view) sentMarks(i int) uint8 {
	if v.smarks == nil {
		v.smarks = make([]uint16, len(v.sents))
	}
	if v.smarks[i] == 0 {
		v.smarks[i] = uint16(sentenceMarks(v.text(v.sents[i]))) | marksKnown
	}
	return uint8(v.smarks[i])
}

// The word lists a sentence is tested with as a whole (advisory,
// explanatory, classify's measures) are found in one pass over it by one
// automaton, which tells which lists occur: sentenceMarks(t)&smX != 0 is
// containsAny(t, list X).
const (
	smAdvisory   = 1 << iota // advisoryMarks
	smExplain                // explainMarks
	smEvent                  // eventStatements
	smMeasure                // measureWords
	smEarlier                // earlierNotices
	smNoticeVerb             // noticeVerbs
	smNewFinding             // newFindings
	smRisk                   // riskWords
)

// sentenceLists are the lists of sentenceMarks, by bit.
var sentenceLists = [][]string{advisoryMarks, explainMarks, eventStatements, measureWords, earlierNotices, noticeVerbs, newFindings, riskWords}

// sentenceMarksCache is the view's sentence marks, as the rules that read
// many of them hold it.
type sentenceMarksCache struct{ v *view }

// marksKnown marks the sentences whose marks the view has read.
const marksKnown = 1 << 8

func sentenceMarksOf(v *view) sentenceMarksCache { return sentenceMarksCache{v: v} }

// at returns the marks of sentence si.
func (c sentenceMarksCache) at(si int) uint8 { return c.v.sentMarks(si) }

// sentenceMarks returns the lists of sentenceLists whose words occur in t,
// one bit per list.
func sentenceMarks(t string) uint8 { return sentenceWords.marks(t) }

var sentenceWords *listMatcher // of sentenceLists, built by prepareMatchers

// listMatcher finds the words of up to eight word lists in one pass and
// tells which lists occur: the transitions of their automaton, each target
// state premultiplied by the class count (the row it starts) in the low 24
// bits and the lists of the words that state reports in the high 8, so
// that a pass needs no branch on the words found.
type listMatcher struct {
	class  [256]byte
	delta  []uint32
	maxLen int // the longest word's length
}

// listRowMask keeps the row offset of a listMatcher transition.
const listRowMask = 1<<24 - 1

// newListMatcher builds the matcher of lists (at most eight); bit k of its
// marks stands for lists[k].
func newListMatcher(lists [][]string) *listMatcher {
	if len(lists) > 8 {
		panic("extract: a list matcher takes eight lists")
	}
	var words []string
	var bits []uint32
	for k, l := range lists {
		for _, w := range l {
			if w == "" {
				panic("extract: an empty word in a list matcher")
			}
			words = append(words, w)
			bits = append(bits, 1<<k)
		}
	}
	a := newAutomaton(words)
	if len(a.d32) > listRowMask {
		panic("extract: the word lists outgrow their matcher")
	}
	marks := make([]uint32, len(a.out))
	for x, ids := range a.out {
		for _, id := range ids {
			marks[x] |= bits[id]
		}
	}
	m := &listMatcher{class: a.class, delta: make([]uint32, len(a.d32)), maxLen: a.maxLen}
	for i, d := range a.d32 {
		row := d &^ outBit32 // the target state's row offset (state×nclass)
		m.delta[i] = row | marks[row/uint32(a.nclass)]<<24
	}
	return m
}

// marks returns the lists whose words occur in t, one bit per list: bit k
// is containsAny(t, lists[k]). A long text is read as two interleaved
// streams, as matchesAny2 does (each transition waits for the load of the
// one before; two chains overlap their waits): its first half and a word's
// length less one beyond, where every word starting in the first half
// ends, and its second half.
func (lm *listMatcher) marks(t string) uint8 {
	delta, class := lm.delta, &lm.class
	n, m, marks := uint32(0), uint32(0), uint32(0)
	x, y := t, ""
	if len(t) >= 2*lm.maxLen+twoStreamMin {
		mid := len(t) / 2
		x, y = t[:mid+lm.maxLen-1], t[mid:]
		x0 := x[:len(y)] // (of y's length: no bounds check in the loop)
		for i := 0; i < len(y); i++ {
			d := delta[n+uint32(class[x0[i]])]
			e := delta[m+uint32(class[y[i]])]
			marks |= d | e
			n, m = d&listRowMask, e&listRowMask
		}
		x = x[len(y):] // the rest of the first stream (maxLen-2 or maxLen-1 bytes)
	}
	for i := 0; i < len(x); i++ {
		d := delta[n+uint32(class[x[i]])]
		marks |= d
		n = d & listRowMask
	}
	return uint8(marks >> 24)
}

func drop(ts []typeHit, code string) []typeHit {
	out := ts[:0]
	for _, t := range ts {
		if t.code != code {
			out = append(out, t)
		}
	}
	return out
}

func firstOf(ts []typeHit, code string) span {
	for _, t := range ts {
		if t.code == code {
			return t.at
		}
	}
	return span{}
}

// weakPhish: phishing cues that only say "pretending to be".
var weakPhish = map[string]bool{"を装": true, "を騙": true, "をかたり": true, "をかたる": true, "をかたった": true, "を名乗": true, "になりすま": true}

// dropWeak drops the evidence of code that comes only from "pretending"
// cues.
func dropWeak(v *view, ts []typeHit, code string) []typeHit {
	kept := ts[:0]
	for _, t := range ts {
		if t.code == code && weakPhish[v.s[t.at.start:t.at.end]] {
			continue
		}
		kept = append(kept, t)
	}
	return kept
}

// typeIndex numbers the incident type codes.
var typeIndex = func() map[string]int {
	m := map[string]int{}
	for i, c := range model.IncidentTypes {
		m[c.Code] = i
	}
	return m
}()

// The word lists of round 5 (types, leak, counts, data) go through one
// matcher pass each, like those registered in wordset.go.
var _ = registerWordSets(spamSentMarks, lureSentMarks, insiderActors, addressWords, measureWords, neverAsk, overProvision,
	disguiseVerbs, causeDenials, otherThanThis, ownerWords, generalCases, attachmentWords, disclosureRefusals,
	receivedWords, sentOutWords, ownSideWords, listSectionWords)

// insiderActors: members of staff who could snoop on records.
var insiderActors = []string{"職員", "社員", "従業員", "行員", "教員", "教諭", "看護師", "医師", "署員", "警察官", "巡査", "担当者",
	"係長", "主任", "主査", "課長", "委託先", "派遣", "元", "同僚"}

// addressWords name where a mail or a letter goes.
var addressWords = []string{"アドレス", "宛先", "あて先", "送付先", "送信先", "送り先", "配信先", "FAX番号", "ファクス番号", "ファックス番号", "宛名"}

// credentialLists: lists of IDs and passwords used to log in (list attacks).
var credentialLists = []string{"パスワードリスト", "パスワードのリスト", "IDリスト", "IDのリスト", "リスト型"}

// slipNamed reports whether t is written with the same word as one of slips
// (誤登録 told again after 誤って登録).
func slipNamed(v *view, slips []typeHit, t typeHit) bool {
	w := v.s[t.at.start:t.at.end]
	for _, sl := range slips {
		if u := v.s[sl.at.start:sl.at.end]; u == w || strings.HasPrefix(w, "誤") && strings.HasPrefix(u, "誤") && hasSuffixAny(w, []string{"登録", "入力"}) && hasSuffixAny(u, []string{"登録", "入力"}) {
			return true
		}
	}
	return false
}

// measureWords make a sentence tell what will be done against a threat.
var measureWords = []string{"注意喚起を徹底", "徹底する", "徹底いたします", "徹底してまいります", "再発防止", "防止に努め", "対策を講じ", "対策を強化", "研修を実施"}

// followOnWarning reports whether sentence si belongs to advice to readers:
// it or the next sentence is advisory, or the one before says the
// organization never asks for data by mail.
func followOnWarning(v *view, si int) bool {
	if si < 0 {
		return false
	}
	if v.advisoryAt(si) || si+1 < len(v.sents) && v.advisoryAt(si+1) {
		return true
	}
	return si > 0 && containsAny(v.text(v.sents[si-1]), neverAsk)
}

// neverAsk: an organization saying it never asks for data by mail.
var neverAsk = []string{"ことはございません", "ことはありません", "ことは一切", "することはない", "ことはいたしません", "ことは致しません"}

// overProvision: data given beyond what was asked for.
var overProvision = []string{"も含めて提供", "も含めて送付", "も含めて送信", "も含めて交付", "提供する必要のない", "提供すべきでない", "提供してはならない"}

// indexAny returns the index of the first word of words found in s, or -1.
func indexAny(s string, words []string) int {
	for _, w := range words {
		if i := index(s, w); i >= 0 {
			return i
		}
	}
	return -1
}

// takenOutByInsider finds records taken out (持ち出され) by someone of the
// organization: a member of staff or a student named as the one who did it.
func takenOutByInsider(v *view) (span, bool) {
	for _, h := range v.hits {
		if c := &cueList[h.id]; h.kind != kLeak || !contains(c.pat, "持ち出") {
			continue
		}
		sent := v.sentenceAt(h.start)
		back := v.s[runesBack(v.s, h.start, 24, sent.start):h.start]
		for _, by := range []string{"により", "によって", "が"} {
			if i := index(back, by); i > 0 && (containsAny(back[:i], insiderActors) || containsAny(back[:i], []string{"学生", "実習生", "研修医", "研修生"})) {
				return span{h.start, h.end}, true
			}
		}
	}
	return span{}, false
}

// mailServerBroken reports whether an intrusion told is into a mail server.
func mailServerBroken(v *view, ua []typeHit) bool {
	for _, u := range ua {
		if contains(v.s[runesBack(v.s, u.at.start, 20, 0):u.at.start], "メールサーバ") {
			return true
		}
	}
	return false
}

// massMailSent finds a statement that many mails were sent ("メールが国内
// 外に約12万件送信され", "大量のメールが送信され"), not denied, advised or
// feared.
func massMailSent(v *view) (span, bool) {
	for from := 0; ; {
		i := index(v.s[from:], "送信され")
		if i < 0 {
			return span{}, false
		}
		i += from
		from = i + len("送信され")
		si := v.sentenceIndex(i)
		if si < 0 || v.advisoryAt(si) || negated(v.s, from, v.sents[si].end) {
			continue
		}
		pre := v.s[runesBack(v.s, i, 24, v.sents[si].start):i]
		if !contains(pre, "メール") {
			continue
		}
		if contains(pre, "大量") || manyCounted(pre) {
			return span{i, from}, true
		}
	}
}

// manyCounted reports whether s holds a count of a thousand or more mails
// (a figure with 万, or of four digits or more, before 件 or 通).
func manyCounted(s string) bool {
	for _, u := range []string{"件", "通"} {
		for from := 0; ; {
			i := index(s[from:], u)
			if i < 0 {
				break
			}
			i += from
			from = i + len(u)
			if strings.HasSuffix(s[:i], "万") {
				return true
			}
			digits := 0
			for j := i - 1; j >= 0 && (isDigit(s[j]) || s[j] == ','); j-- {
				if isDigit(s[j]) {
					digits++
				}
			}
			if digits >= 4 {
				return true
			}
		}
	}
	return false
}

// impersonatedLogins follow なりすまし when someone logged in as another:
// no phishing.
var impersonatedLogins = []string{"ログイン", "VPN", "接続", "アクセス", "認証"}

// exampleMarks close a sentence that tells another's case as an example.
var exampleMarks = []string{"事例があり", "事例もあり", "事例がござ", "ケースがあり", "ケースもあり"}

// exampleCase reports whether sentence si tells an example, not the
// incident: it says so, or it stands in a section headed as examples
// ("類似事例", "過去の事例") with no heading between.
func exampleCase(v *view, si int, sentText string) bool {
	if containsAny(sentText, exampleMarks) {
		return true
	}
	li := v.lineAt(v.sents[si].start)
	for k := li - 1; k >= 0 && k >= li-12; k-- {
		t := v.text(v.lines[k])
		if t == "" || atLeastRunes(t, 26) || contains(t, "。") {
			continue
		}
		if hasSuffixAny(t, []string{"事例", "事例紹介", "ケース"}) && !contains(t, "本件") {
			return true // (through the sub-headings of single examples)
		}
	}
	return false
}
