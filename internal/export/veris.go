package export

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/jikenbo/jikenbo/internal/digest"
	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/model"
)

// VERISSchemaVersion is the VERIS version the records follow.
const VERISSchemaVersion = "1.3.7"

// verisAction is what one incident type says in VERIS: an action
// category with its varieties and vectors, the actor behind it, and
// attributes besides confidentiality.
type verisAction struct {
	category  string // hacking, malware, social, error, misuse, physical, unknown
	varieties []string
	vectors   []string
	target    []string // social only
	actor     string   // external, internal
	motive    string
	integrity []string
	avail     []string
	asset     string
}

// verisActions maps our incident types to VERIS. The categories are
// model.VERISActions; loss_theft is decided per incident (theft or loss).
var verisActions = map[string]verisAction{
	"unauthorized_access": {category: "hacking", varieties: []string{"Unknown"}, vectors: []string{"Unknown"}, actor: "external", motive: "Unknown", asset: "S - Unknown"},
	"web_skimming":        {category: "malware", varieties: []string{"Capture app data"}, vectors: []string{"Web application"}, actor: "external", motive: "Financial", integrity: []string{"Software installation"}, asset: "S - Web application"},
	"credential_stuffing": {category: "hacking", varieties: []string{"Use of stolen creds"}, vectors: []string{"Web application"}, actor: "external", motive: "Financial", asset: "S - Web application"},
	"account_takeover":    {category: "hacking", varieties: []string{"Use of stolen creds"}, vectors: []string{"Unknown"}, actor: "external", motive: "Unknown", asset: "S - Mail"},
	"ransomware":          {category: "malware", varieties: []string{"Ransomware"}, vectors: []string{"Unknown"}, actor: "external", motive: "Financial", integrity: []string{"Software installation"}, avail: []string{"Obscuration"}, asset: "S - Unknown"},
	"malware":             {category: "malware", varieties: []string{"Unknown"}, vectors: []string{"Unknown"}, actor: "external", motive: "Unknown", integrity: []string{"Software installation"}, asset: "U - Desktop or laptop"},
	"defacement":          {category: "hacking", varieties: []string{"Unknown"}, vectors: []string{"Web application"}, actor: "external", motive: "Unknown", integrity: []string{"Defacement"}, asset: "S - Web application"},
	"spam_relay":          {category: "hacking", varieties: []string{"Abuse of functionality"}, vectors: []string{"Other network service"}, actor: "external", motive: "Unknown", integrity: []string{"Repurpose"}, asset: "S - Mail"},
	"phishing":            {category: "social", varieties: []string{"Phishing"}, vectors: []string{"Email"}, target: []string{"Customer"}, actor: "external", motive: "Financial", integrity: []string{"Misrepresentation"}, asset: "P - Customer"},
	"support_scam":        {category: "social", varieties: []string{"Scam"}, vectors: []string{"Web application"}, target: []string{"End-user or employee"}, actor: "external", motive: "Financial", integrity: []string{"Software installation"}, asset: "U - Desktop or laptop"},
	"misdelivery":         {category: "error", varieties: []string{"Misdelivery"}, vectors: []string{"Carelessness"}, actor: "internal", motive: "NA", asset: "Unknown"},
	"misconfiguration":    {category: "error", varieties: []string{"Misconfiguration"}, vectors: []string{"Carelessness"}, actor: "internal", motive: "NA", asset: "S - Unknown"},
	"insider_misuse":      {category: "misuse", varieties: []string{"Privilege abuse"}, vectors: []string{"Unknown"}, actor: "internal", motive: "Unknown", asset: "S - Database"},
	"processing_error":    {category: "error", varieties: []string{"Data entry error"}, vectors: []string{"Inadequate processes"}, actor: "internal", motive: "NA", asset: "Unknown"},
	"system_failure":      {category: "error", varieties: []string{"Malfunction"}, vectors: []string{"Inadequate technology"}, actor: "internal", motive: "NA", avail: []string{"Interruption"}, asset: "S - Unknown"},
}

var (
	lossAction  = verisAction{category: "error", varieties: []string{"Loss"}, vectors: []string{"Carelessness"}, actor: "internal", motive: "NA", avail: []string{"Loss"}, asset: "M - Unknown"}
	theftAction = verisAction{category: "physical", varieties: []string{"Theft"}, vectors: []string{"Unknown"}, actor: "external", motive: "Financial", avail: []string{"Loss"}, asset: "M - Unknown"}
)

// theftCues mark a loss_theft incident as a theft rather than a loss.
var theftCues = []string{"盗難", "盗まれ", "窃盗", "車上荒らし", "ひったくり", "空き巣", "置き引き"}

// verisDataVariety maps our data types to attribute.confidentiality.data
// varieties.
var verisDataVariety = map[string]string{
	"name": "Personal", "address": "Personal", "postal_code": "Personal", "phone": "Personal", "fax": "Personal",
	"email": "Personal", "birthdate": "Personal", "gender": "Personal", "age": "Personal", "my_number": "Personal",
	"pension_number": "Personal", "customer_id": "Personal", "purchase_history": "Personal", "academic": "Personal",
	"employment": "Personal", "points": "Personal",
	"card_holder": "Payment", "card_number": "Payment", "card_expiry": "Payment", "card_cvc": "Payment",
	"bank_account": "Bank", "medical": "Medical", "insurance": "Medical",
	"login_id": "Credentials", "password": "Credentials",
	"company_name": "Internal", "message_content": "Internal", "other": "Other",
}

// verisIndustry maps our sectors to NAICS codes.
var verisIndustry = map[model.Sector]string{
	model.SectorGovernment: "92", model.SectorMedical: "62", model.SectorEducation: "61", model.SectorFinance: "52",
	model.SectorRetail: "44", model.SectorMfg: "31", model.SectorICT: "51",
}

var dataVictim = map[model.Sector]string{
	model.SectorMedical: "Patient", model.SectorEducation: "Student", model.SectorRetail: "Customer", model.SectorFinance: "Customer",
}

// verisRecord makes the VERIS record of one incident.
func verisRecord(ctx context.Context, c *filter.Case, docs *docCache, base string) (map[string]any, error) {
	id := strings.ToUpper(uuid.NewSHA1(digest.Namespace, []byte("veris:"+c.Incident.Number)).String())
	var acts []verisAction
	for _, t := range c.Types {
		if t == "loss_theft" {
			if isTheft(c) {
				acts = append(acts, theftAction)
			} else {
				acts = append(acts, lossAction)
			}
			continue
		}
		if a, ok := verisActions[t]; ok {
			acts = append(acts, a)
		}
	}
	action := map[string]any{}
	actor := map[string]any{}
	var integrity, avail, assets []string
	for _, a := range acts {
		cur, _ := action[a.category].(map[string]any)
		if cur == nil {
			cur = map[string]any{"variety": []string{}, "vector": []string{}}
			action[a.category] = cur
		}
		cur["variety"] = merge(cur["variety"].([]string), a.varieties)
		cur["vector"] = merge(cur["vector"].([]string), a.vectors)
		if a.category == "social" {
			t, _ := cur["target"].([]string)
			cur["target"] = merge(t, a.target)
		}
		ac, _ := actor[a.actor].(map[string]any)
		if ac == nil {
			ac = map[string]any{"variety": []string{"Unknown"}, "motive": []string{}}
			if a.actor == "external" {
				ac["country"] = []string{"Unknown"}
			}
			actor[a.actor] = ac
		}
		ac["motive"] = merge(ac["motive"].([]string), []string{a.motive})
		integrity = merge(integrity, a.integrity)
		avail = merge(avail, a.avail)
		assets = merge(assets, []string{a.asset})
	}
	if len(action) == 0 {
		action["unknown"] = map[string]any{"notes": "jikenbo: incident type " + strings.Join(c.Types, ",") + " has no VERIS action"}
		actor["unknown"] = map[string]any{"notes": "jikenbo: actor not stated in the notices"}
		assets = []string{"Unknown"}
	}
	for _, ac := range actor {
		m := ac.(map[string]any)
		if mo, ok := m["motive"].([]string); ok && len(mo) > 1 {
			m["motive"] = slices.DeleteFunc(mo, func(s string) bool { return s == "Unknown" || s == "NA" })
			if len(m["motive"].([]string)) == 0 {
				m["motive"] = []string{"Unknown"}
			}
		}
	}
	if len(assets) > 1 {
		assets = slices.DeleteFunc(assets, func(s string) bool { return s == "Unknown" })
	}
	var assetList []map[string]any
	for _, a := range assets {
		assetList = append(assetList, map[string]any{"variety": a})
	}

	attribute := map[string]any{}
	conf := map[string]any{"data_disclosure": disclosure(c.Leak)}
	var dataVarieties []string
	for _, d := range c.DataTypes {
		if v, ok := verisDataVariety[d]; ok {
			dataVarieties = merge(dataVarieties, []string{v})
		}
	}
	if len(dataVarieties) > 0 {
		var data []map[string]any
		for _, v := range dataVarieties {
			data = append(data, map[string]any{"variety": v})
		}
		conf["data"] = data
	}
	if c.Affected != nil && *c.Affected > 0 {
		conf["data_total"] = *c.Affected
	}
	if v, ok := dataVictim[c.Sector]; ok && len(dataVarieties) > 0 {
		conf["data_victim"] = []string{v}
	}
	if len(dataVarieties) > 0 || c.Leak == model.LeakConfirmed || c.Leak == model.LeakPossible {
		attribute["confidentiality"] = conf
	}
	if len(integrity) > 0 {
		attribute["integrity"] = map[string]any{"variety": integrity}
	}
	if len(avail) > 0 {
		attribute["availability"] = map[string]any{"variety": avail}
	}

	industry, ok := verisIndustry[c.Sector]
	if !ok {
		industry = "000"
	}
	gov := "NA"
	if c.Sector == model.SectorGovernment {
		switch governmentLevel(c.Organization) {
		case "national":
			gov = "Federal"
		case "regional":
			gov = "Regional"
		case "local":
			gov = "Local"
		default:
			gov = "Unknown"
		}
	}
	victim := map[string]any{
		"country": []string{"JP"}, "region": []string{"142030"}, "employee_count": "Unknown",
		"industry": industry, "government": []string{gov},
	}
	if c.Organization != "" {
		victim["victim_id"] = c.Organization
	}

	timeline := map[string]any{"incident": dateParts(firstNonEmpty(c.Discovered, c.First), c.Incident.CreatedAt)}

	var refs []string
	seen := map[int64]bool{}
	for _, r := range c.Reports {
		if seen[r.DocumentID] {
			continue
		}
		seen[r.DocumentID] = true
		d, err := docs.get(ctx, r.DocumentID)
		if err != nil {
			return nil, err
		}
		refs = append(refs, sourceURL(base, d))
	}

	summary := strings.Join(digest.Summarize(c, 3), "")
	if summary == "" {
		summary = digest.Headline(c)
	}
	created := stixTime(c.First, c.Incident.CreatedAt)
	modified := stixTime(c.Last, c.Incident.CreatedAt)
	if modified < created {
		modified = created
	}
	rec := map[string]any{
		"schema_version":    VERISSchemaVersion,
		"schema_name":       "verisc",
		"incident_id":       id,
		"source_id":         "jikenbo",
		"security_incident": "Confirmed",
		"confidence":        "Low",
		"summary":           summary,
		"reference":         strings.Join(refs, "; "),
		"timeline":          timeline,
		"victim":            victim,
		"action":            action,
		"actor":             actor,
		"asset":             map[string]any{"assets": assetList, "cloud": []string{"Unknown"}},
		"discovery_method":  map[string]any{"unknown": true},
		"targeted":          "Unknown",
		"impact":            map[string]any{"overall_rating": "Unknown"},
		"notes":             "jikenbo " + c.Incident.Number + " " + digest.Headline(c),
		"plus": map[string]any{
			"master_id":       id,
			"analysis_status": "First pass",
			"analyst":         "jikenbo",
			"created":         created,
			"modified":        modified,
			"jikenbo_number":  c.Incident.Number,
			"jikenbo_types":   c.Types,
		},
	}
	if len(attribute) > 0 {
		rec["attribute"] = attribute
	}
	if len(action) == 1 && action["error"] != nil {
		rec["targeted"] = "NA" // not an attack
	}
	return rec, nil
}

func isTheft(c *filter.Case) bool {
	for _, r := range c.Reports {
		for _, cue := range theftCues {
			if strings.Contains(r.Text, cue) {
				return true
			}
		}
	}
	return false
}

func disclosure(l model.Leak) string {
	switch l {
	case model.LeakConfirmed:
		return "Yes"
	case model.LeakPossible:
		return "Potentially"
	case model.LeakNone:
		return "No"
	}
	return "Unknown"
}

// dateParts splits an ISO date into the VERIS timeline fields.
func dateParts(date string, fallback time.Time) map[string]any {
	t, err := time.Parse("2006-01-02", date)
	if err != nil || t.Year() < 1950 || t.Year() > 2050 {
		if fallback.IsZero() || fallback.Year() < 1950 || fallback.Year() > 2050 {
			return map[string]any{"year": 2000}
		}
		return map[string]any{"year": fallback.Year()}
	}
	return map[string]any{"year": t.Year(), "month": int(t.Month()), "day": t.Day()}
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

func merge(a, b []string) []string {
	for _, v := range b {
		if v != "" && !slices.Contains(a, v) {
			a = append(a, v)
		}
	}
	return a
}
