#include "demo/demoworld.h"

#include "casefile/workspace.h"
#include "domain/phone.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace Relais::Core {

namespace {

struct Named {
    const char16_t *latin;
    const char16_t *arabic;
};

constexpr Named firstNames[] = {
    {u"Karim", u"كريم"},       {u"Fatima Zahra", u"فاطمة الزهراء"}, {u"Youssef", u"يوسف"},
    {u"Khadija", u"خديجة"},    {u"Mohamed", u"محمد"},              {u"Salma", u"سلمى"},
    {u"Hamza", u"حمزة"},       {u"Nadia", u"نادية"},                {u"Omar", u"عمر"},
    {u"Imane", u"إيمان"},      {u"Rachid", u"رشيد"},                {u"Samira", u"سميرة"},
    {u"Mehdi", u"مهدي"},       {u"Hind", u"هند"},                   {u"Aziz", u"عزيز"},
    {u"Laila", u"ليلى"},       {u"Abdelilah", u"عبد الإله"},        {u"Zineb", u"زينب"},
    {u"Hassan", u"حسن"},       {u"Meryem", u"مريم"},                {u"Brahim", u"إبراهيم"},
    {u"Hélène", u"هيلين"},     {u"Soufiane", u"سفيان"},             {u"Amina", u"أمينة"},
};

constexpr Named lastNames[] = {
    {u"Bennani", u"بناني"},       {u"El Idrissi", u"الإدريسي"}, {u"Alaoui", u"العلوي"},
    {u"Tazi", u"التازي"},         {u"Berrada", u"برادة"},       {u"Chraibi", u"الشرايبي"},
    {u"Benjelloun", u"بنجلون"},   {u"Fassi Fihri", u"الفاسي الفهري"}, {u"Amrani", u"العمراني"},
    {u"Ouazzani", u"الوزاني"},    {u"Lahlou", u"لحلو"},         {u"Kettani", u"الكتاني"},
    {u"Sqalli", u"السقلي"},       {u"Bouzidi", u"البوزيدي"},    {u"Naciri", u"الناصري"},
    {u"Zerouali", u"الزروالي"},   {u"Ait Lahcen", u"آيت لحسن"}, {u"Haddaoui", u"الحداوي"},
};

constexpr const char16_t *cinPrefixes[] = {u"BE", u"BK", u"BH", u"BJ", u"AB", u"AD", u"CD", u"EE", u"JB", u"G", u"H", u"K"};
constexpr const char16_t *mobilePrefixes[] = {u"061", u"062", u"066", u"067", u"068", u"065"};
constexpr const char16_t *quarters[] = {u"Maârif, Casablanca", u"Hay Hassani, Casablanca", u"Agdal, Rabat",
                                        u"Sidi Moumen, Casablanca", u"Hay Riad, Rabat", u"Ain Sebaâ, Casablanca"};

struct DemoAgency {
    const char16_t *code, *name, *kind;
    DemoUser agent, supervisor;
    // Fictional: the switchboard ends in 00, people's direct lines replace it (see directLine).
    const char16_t *switchboard, *domain, *address;
};

// A direct line on the agency's own exchange, so the numbers read as one organisation's.
QString directLine(const QString &switchboard, int extension)
{
    return switchboard.chopped(2) + u"%1"_s.arg(extension, 2, 10, QLatin1Char('0'));
}

QList<DemoAgency> demoAgencies()
{
    auto user = [](const char16_t *login, const char16_t *name, Role role) {
        return DemoUser{QString::fromUtf16(login), QString::fromUtf16(name), {}, {}, role};
    };
    return {
        {u"ATLAS", u"Atlas Assurances", u"insurer", user(u"salma.idrissi", u"Salma Idrissi", Role::Agent),
         user(u"omar.tazi", u"Omar Tazi", Role::Supervisor),
         u"0522471800", u"atlas-assurances.ma", u"181 boulevard d'Anfa, Racine, Casablanca"},
        {u"RAPIDE", u"Dépannage Rapide", u"towing", user(u"hamid.berrada", u"Hamid Berrada", Role::Agent),
         user(u"rachida.amrani", u"Rachida Amrani", Role::Supervisor),
         u"0522356200", u"depannage-rapide.ma", u"Km 7, route de Rabat, Aïn Sebaâ, Casablanca"},
        {u"EXPERT", u"Cabinet d'Expertise Benjelloun", u"assessor", user(u"driss.benjelloun", u"Driss Benjelloun", Role::Agent),
         user(u"leila.sqalli", u"Leïla Sqalli", Role::Supervisor),
         u"0522984000", u"expertise-benjelloun.ma", u"27 rue Ibnou Mounir, Maârif, Casablanca"},
        {u"AMAL", u"Garage Al Amal", u"garage", user(u"youssef.alami", u"Youssef Alami", Role::Agent),
         user(u"mustapha.kettani", u"Mustapha Kettani", Role::Supervisor),
         u"0522663100", u"garage-alamal.ma", u"Lot 112, zone industrielle, Sidi Bernoussi, Casablanca"},
        {u"LOCAM", u"Loca Maroc", u"car-rental", user(u"sara.lahlou", u"Sara Lahlou", Role::Agent),
         user(u"anas.ouazzani", u"Anas Ouazzani", Role::Supervisor),
         u"0537775200", u"loca-maroc.ma", u"9 avenue de France, Agdal, Rabat"},
        {u"COMMUNE", u"Guichet social — Commune de Maârif", u"commune-desk", user(u"fatima.naciri", u"Fatima Naciri", Role::Agent),
         user(u"abdellah.bouzidi", u"Abdellah Bouzidi", Role::Supervisor),
         u"0522253400", u"commune-maarif.ma", u"Place de l'Arrondissement, Maârif, Casablanca"},
        {u"IBNSINA", u"Hôpital Ibn Sina", u"hospital", user(u"nadia.chraibi", u"Dr Nadia Chraibi", Role::Agent),
         user(u"karim.fassi", u"Karim Fassi Fihri", Role::Supervisor),
         u"0537677000", u"hopital-ibnsina.ma", u"Avenue Ibn Rochd, Souissi, Rabat"},
        {u"AFAQ", u"Association Afaq Solidarité", u"ngo", user(u"amina.zerouali", u"Amina Zerouali", Role::Agent),
         user(u"hicham.haddaoui", u"Hicham Haddaoui", Role::Supervisor),
         u"0522938500", u"afaq-solidarite.ma", u"45 rue Abou Bakr El Kadiri, Hay Hassani, Casablanca"},
    };
}

/// One request in a scenario: who asks whom for what, and how many days they get.
struct Step {
    const char16_t *from, *to, *ask;
    int dueDays;
    const char16_t *workNote; ///< what the receiver writes while working
};

struct Scenario {
    const char16_t *title, *category, *lead;
    const char16_t *situation, *needs, *nextStep;
    const char16_t *internalNote; ///< what the lead agency keeps to itself
    QList<Step> steps;
};

QList<Scenario> scenarios()
{
    return {
        {u"Accident — Dacia Logan immobilisée", u"insurance-claim", u"ATLAS",
         u"Collision à un rond-point le %1 ; véhicule non roulant, assuré indemne.",
         u"Remorquage, expertise, réparation, véhicule de remplacement pendant les travaux.",
         u"Obtenir le rapport d'expertise puis l'accord de réparation.",
         u"Franchise de 1 500 MAD et plafond vérifiés ; contrat à jour.",
         {{u"ATLAS", u"RAPIDE", u"Remorquer le véhicule du lieu de l'accident au Garage Al Amal.", 1,
           u"Véhicule enlevé et déposé au garage, photos jointes au dossier."},
          {u"ATLAS", u"EXPERT", u"Expertiser les dommages au garage et chiffrer la réparation.", 5,
           u"Expertise faite : choc avant droit, devis 14 200 MAD validé."},
          {u"ATLAS", u"AMAL", u"Réparer le véhicule selon le rapport d'expertise.", 10,
           u"Pièces commandées ; carrosserie en cours."},
          {u"ATLAS", u"LOCAM", u"Mettre un véhicule de remplacement à disposition pendant la réparation.", 2,
           u"Véhicule de catégorie A remis au client contre état des lieux."}}},
        {u"Bris de glace et vol de radio", u"insurance-claim", u"ATLAS",
         u"Vitre arrière brisée et autoradio volé sur un parking le %1.",
         u"Expertise rapide et remplacement de la vitre.",
         u"Valider le devis du garage.",
         u"Deuxième sinistre en 12 mois : vérifier l'historique avant accord.",
         {{u"ATLAS", u"EXPERT", u"Constater le vol et chiffrer les dommages.", 4,
           u"Constat fait ; dommages conformes à la déclaration."},
          {u"ATLAS", u"AMAL", u"Remplacer la vitre arrière.", 6, u"Vitre commandée chez le fournisseur."}}},
        {u"Dossier social — aide après hospitalisation", u"social", u"COMMUNE",
         u"Personne âgée sortie d'hospitalisation le %1, vit seule, revenus faibles.",
         u"Certificat médical, aide à domicile, colis alimentaire, carte RAMED/AMO.",
         u"Recevoir le certificat médical de l'hôpital.",
         u"Situation familiale délicate : ne pas contacter le fils sans accord de la cliente.",
         {{u"COMMUNE", u"IBNSINA", u"Délivrer le certificat médical et le compte rendu de sortie.", 5,
           u"Compte rendu de sortie signé par le médecin traitant."},
          {u"COMMUNE", u"AFAQ", u"Organiser une aide à domicile deux fois par semaine.", 7,
           u"Bénévole affectée ; première visite planifiée."}}},
        {u"Sortie d'hôpital — soins à domicile", u"health", u"IBNSINA",
         u"Patient opéré le %1, sortie prévue, pansements quotidiens nécessaires.",
         u"Soins infirmiers à domicile et transport pour le contrôle.",
         u"Confirmer l'association qui assure les soins.",
         u"Antécédents médicaux détaillés dans le dossier patient de l'hôpital, non partagés ici.",
         {{u"IBNSINA", u"AFAQ", u"Assurer les pansements à domicile pendant 15 jours.", 3,
           u"Infirmière bénévole trouvée, passage chaque matin."},
          {u"IBNSINA", u"COMMUNE", u"Délivrer l'attestation d'indigence pour la prise en charge.", 10,
           u"Dossier complet, attestation en signature."}}},
    };
}

enum class Stage { Resolved, Healthy, Unacknowledged, Silent, OnHoldCustomer, Overdue, Chasing, PingPong };

constexpr Stage stageCycle[] = {Stage::Unacknowledged, Stage::Healthy, Stage::Resolved, Stage::Chasing,
                                Stage::Silent,         Stage::Healthy, Stage::OnHoldCustomer, Stage::Overdue,
                                Stage::PingPong,       Stage::Healthy};

/// Builds the world step by step on a simulated clock that only moves forward.
class Builder
{
public:
    Builder(Workspace &ws, const DemoOptions &options)
        : m_ws(ws), m_rng(options.seed), m_now(options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc())
    {
        m_ws.database().setClock([this] { return m_clock; });
        // Nothing happens after the last office minute before now (an hour ago at the latest).
        const QDateTime hourAgo = m_now.addSecs(-3600);
        QDate day = hourAgo.date();
        QTime time = hourAgo.time();
        if (time.hour() >= 17 || time.hour() < 8) {
            day = time.hour() < 8 ? day.addDays(-1) : day;
            time = QTime(16, 50);
        }
        while (day.dayOfWeek() > 5) {
            day = day.addDays(-1);
            time = QTime(16, 50);
        }
        m_lastOfficeMinute = QDateTime(day, time, Qt::UTC);
    }
    ~Builder() { m_ws.database().setClock({}); }
    Q_DISABLE_COPY_MOVE(Builder)

    Result<DemoSummary> build(int clientCount);

private:
    template <typename T, std::size_t N>
    const T &pick(const T (&items)[N]) { return items[m_rng.bounded(quint32(N))]; }
    QString str(const char16_t *text) const { return QString::fromUtf16(text); }
    Actor &agentOf(const QString &code) { return m_agents[code]; }
    /// Moves the clock forward by `hours` (plus a few minutes of jitter), never past now.
    void later(double hours);
    void moveForwardTo(const QDateTime &at)
    {
        m_clock = std::max(m_clock.addSecs(60), std::min(officeHours(at), m_lastOfficeMinute));
    }
    QDateTime officeHours(QDateTime at);

    Result<Client> addClient(int index);
    Status addCase(const Client &client, int index);
    Status walk(Id caseId, Id handoffId, const Actor &receiver, const Step &step, bool finish);
    Status setUpCalendars(const Actor &console);
    Status superviseStalls();

    Workspace &m_ws;
    QRandomGenerator m_rng;
    QDateTime m_now;
    QDateTime m_clock;
    QDateTime m_lastOfficeMinute; ///< nothing happens after the last office hour before now
    QHash<QString, Actor> m_agents;
    DemoSummary m_summary;
};

void Builder::later(double hours)
{
    const qint64 seconds = qint64(hours * 3600) + m_rng.bounded(600);
    m_clock = std::max(m_clock, std::min(officeHours(m_clock.addSecs(seconds)), m_lastOfficeMinute));
}

// People work office hours (about 09:00–18:00 in Morocco, UTC+1), Monday to Friday.
QDateTime Builder::officeHours(QDateTime at)
{
    while (at.time().hour() < 8 || at.time().hour() >= 17 || at.date().dayOfWeek() > 5) {
        const QDate day = at.time().hour() < 8 ? at.date() : at.date().addDays(1);
        at = QDateTime(day, QTime(8, int(m_rng.bounded(50))), Qt::UTC);
    }
    return at;
}

// Each kind of agency keeps its own hours; the Islamic holidays are entered once for the
// network, as an admin would from the yearly list (approximate dates, moon sighting decides).
Status Builder::setUpCalendars(const Actor &console)
{
    CalendarStore &calendars = m_ws.calendars();
    struct Hours {
        const char16_t *agency;
        const char16_t *hours;
        int ackHours;
    };
    for (const Hours &h : {Hours{u"IBNSINA", u"mon-sun 00:00-24:00", 4}, Hours{u"RAPIDE", u"mon-sat 08:00-20:00", 4},
                           Hours{u"COMMUNE", u"mon-fri 08:30-16:30", 16}, Hours{u"AFAQ", u"mon-fri 09:00-17:00; sat 09:00-12:00", 8}}) {
        const auto hours = parseWeeklyHours(str(h.hours));
        if (!hours)
            return fail(ErrorCode::Invalid, u"demo hours %1"_s.arg(str(h.hours)));
        if (auto r = calendars.setOpeningHours(console, str(h.agency), *hours); !r)
            return r;
        if (auto r = calendars.setServiceLevels(console, str(h.agency), {h.ackHours, 3}); !r)
            return r;
    }
    struct Dated {
        int y, m, d;
        const char16_t *name;
    };
    for (const Dated &h : {Dated{2025, 3, 31, u"Aïd al-Fitr"}, Dated{2025, 4, 1, u"Aïd al-Fitr (2e jour)"},
                           Dated{2025, 6, 7, u"Aïd al-Adha"}, Dated{2025, 6, 8, u"Aïd al-Adha (2e jour)"},
                           Dated{2025, 6, 27, u"1er Moharram"}, Dated{2025, 9, 5, u"Aïd al-Mawlid"},
                           Dated{2025, 9, 6, u"Aïd al-Mawlid (2e jour)"},
                           Dated{2026, 3, 20, u"Aïd al-Fitr"}, Dated{2026, 3, 21, u"Aïd al-Fitr (2e jour)"},
                           Dated{2026, 5, 27, u"Aïd al-Adha"}, Dated{2026, 5, 28, u"Aïd al-Adha (2e jour)"},
                           Dated{2026, 6, 16, u"1er Moharram"}, Dated{2026, 8, 25, u"Aïd al-Mawlid"},
                           Dated{2026, 8, 26, u"Aïd al-Mawlid (2e jour)"},
                           Dated{2027, 3, 10, u"Aïd al-Fitr"}, Dated{2027, 3, 11, u"Aïd al-Fitr (2e jour)"},
                           Dated{2027, 5, 17, u"Aïd al-Adha"}, Dated{2027, 5, 18, u"Aïd al-Adha (2e jour)"},
                           Dated{2027, 6, 6, u"1er Moharram"}, Dated{2027, 8, 15, u"Aïd al-Mawlid"},
                           Dated{2027, 8, 16, u"Aïd al-Mawlid (2e jour)"}})
        if (auto r = calendars.addHoliday(console, {}, {QDate(h.y, h.m, h.d), str(h.name)}); !r)
            return std::unexpected(r.error());
    return {};
}

// The insurer's supervisor has already acted on two stalls, so inboxes show a reminder and an
// escalation waiting for an answer.
Status Builder::superviseStalls()
{
    auto supervisor = m_ws.directory().actAs(u"omar.tazi"_s);
    if (!supervisor)
        return std::unexpected(supervisor.error());
    moveForwardTo(m_lastOfficeMinute);
    auto stalls = m_ws.stalls().stalled(*supervisor, {m_clock, {}, {}});
    if (!stalls)
        return std::unexpected(stalls.error());
    bool nudged = false, escalated = false;
    for (const Stall &s : *stalls) {
        if (!s.handoffId || s.caseReference == m_summary.showcaseReference)
            continue;
        if (!nudged && s.rule == StallRule::Silent) {
            nudged = true;
            if (auto r = m_ws.stalls().nudge(*supervisor, *s.handoffId, u"Le client attend un point d'étape ; merci de le rappeler."_s); !r)
                return r;
        } else if (!escalated && s.rule == StallRule::Unacknowledged) {
            escalated = true;
            if (auto r = m_ws.stalls().escalate(*supervisor, *s.handoffId, u"Aucun accusé de réception depuis plusieurs jours."_s); !r)
                return r;
        }
    }
    return {};
}

Result<Client> Builder::addClient(int index)
{
    const Named &first = firstNames[(index * 7 + m_rng.bounded(3)) % std::size(firstNames)];
    const Named &last = lastNames[(index * 5 + m_rng.bounded(5)) % std::size(lastNames)];
    ClientDraft draft;
    draft.fullName = str(first.latin) + u' ' + str(last.latin);
    draft.fullNameAr = str(first.arabic) + u' ' + str(last.arabic);
    draft.cin = u"%1%2"_s.arg(str(pick(cinPrefixes))).arg(100000 + m_rng.bounded(899999));
    // Not every mobile range is allocated: draw until the number is a real one.
    for (int attempt = 0; attempt < 20 && draft.phones.isEmpty(); ++attempt) {
        const QString phone = u"%1%2"_s.arg(str(pick(mobilePrefixes))).arg(1000000 + m_rng.bounded(8999999));
        if (normalisePhone(phone))
            draft.phones << phone;
    }
    draft.birthDate = QDate(1948 + int(m_rng.bounded(56)), 1 + int(m_rng.bounded(12)), 1 + int(m_rng.bounded(28)));
    draft.address = u"%1 rue %2, %3"_s.arg(1 + m_rng.bounded(120)).arg(str(pick(lastNames).latin), str(pick(quarters)));
    draft.preferredLanguage = index % 3 == 1 ? u"ar"_s : u"fr"_s;
    draft.preferredChannel = index % 4 == 2 ? u"whatsapp"_s : u"phone"_s;
    // Registered by whoever first met the customer; force: the demo's names may look alike.
    const Actor &registrar = m_agents.value(index % 2 == 0 ? u"ATLAS"_s : u"COMMUNE"_s);
    auto registration = m_ws.clients().registerClient(registrar, draft, true);
    if (!registration)
        return std::unexpected(registration.error());
    return registration->client;
}

// Takes one handoff through the receiver's steps; `finish` completes it.
Status Builder::walk(Id caseId, Id handoffId, const Actor &receiver, const Step &step, bool finish)
{
    auto &flow = m_ws.handoffs();
    later(0.5 + m_rng.bounded(2));
    if (auto r = flow.transition(receiver, handoffId, HandoffStatus::Received); !r)
        return std::unexpected(r.error());
    later(0.5 + m_rng.bounded(2));
    if (auto r = flow.transition(receiver, handoffId, HandoffStatus::Accepted); !r)
        return std::unexpected(r.error());
    later(1 + m_rng.bounded(5));
    if (auto r = flow.transition(receiver, handoffId, HandoffStatus::InProgress); !r)
        return std::unexpected(r.error());
    later(2 + m_rng.bounded(6));
    if (auto r = m_ws.cases().addEvent(receiver, caseId, {EventKind::Note, str(step.workNote), Visibility::Shared, {}, {}, std::nullopt}); !r)
        return std::unexpected(r.error());
    if (!finish)
        return {};
    later(3 + m_rng.bounded(20));
    if (auto r = flow.transition(receiver, handoffId, HandoffStatus::Completed); !r)
        return std::unexpected(r.error());
    return {};
}

Status Builder::addCase(const Client &client, int index)
{
    const QList<Scenario> all = scenarios();
    const Scenario &scenario = all[index % all.size()];
    const Stage stage = index == 0 ? Stage::Chasing : stageCycle[index % std::size(stageCycle)];
    Actor &lead = agentOf(str(scenario.lead));

    // Older cases for finished stories, recent ones for fresh stalls.
    // Room for the story in office hours: a few working days per handoff, then days of stall.
    const int daysAgo = stage == Stage::Resolved ? 40 + int(m_rng.bounded(30)) : 16 + int(m_rng.bounded(14));
    m_clock = QDateTime(m_now.date().addDays(-daysAgo), QTime(8 + int(m_rng.bounded(3)), int(m_rng.bounded(60))), Qt::UTC);
    later(0); // opened during office hours

    auto opened = m_ws.cases().openCase(lead, client.id, str(scenario.title), str(scenario.category));
    if (!opened)
        return std::unexpected(opened.error());
    const Id caseId = opened->id;
    ++m_summary.cases;
    if (index == 0) {
        m_summary.showcaseReference = opened->reference;
        m_summary.showcaseLogin = lead.login;
    }
    later(0.2);
    auto covered = m_ws.clients().consentCovers(client.id, agentOf(u"AFAQ"_s).agencyId);
    if (!covered)
        return std::unexpected(covered.error());
    if (!*covered)
        if (auto r = m_ws.clients().grantConsent(lead, client.id, ConsentScope::Network, {},
                                                 Tr::tr("Signed consent form scanned at the desk.")); !r)
            return std::unexpected(r.error());
    later(0.3);
    Summary summary;
    summary.situation = str(scenario.situation).arg(QLocale(QLocale::French).toString(m_clock.date().addDays(-1), u"d MMMM"_s));
    summary.needs = str(scenario.needs);
    summary.nextStep = str(scenario.nextStep);
    if (auto r = m_ws.cases().setSummary(lead, caseId, summary); !r)
        return std::unexpected(r.error());
    later(0.5);
    const QString callNote = client.preferredLanguage == u"ar"_s
        ? u"اتصل الزبون لشرح وضعيته؛ تم فتح الملف وإبلاغه بالخطوات القادمة."_s
        : u"Appel du client : situation expliquée une seule fois, dossier ouvert, prochaines étapes annoncées."_s;
    if (auto r = m_ws.cases().addEvent(lead, caseId, {EventKind::Call, callNote, Visibility::Shared, {}, {}, std::nullopt}); !r)
        return std::unexpected(r.error());
    if (auto r = m_ws.cases().addEvent(lead, caseId, {EventKind::Note, str(scenario.internalNote),
                                                      Visibility::Internal, {}, {}, std::nullopt}); !r)
        return std::unexpected(r.error());

    // The last step is where the stage shows; the steps before it went well.
    const int lastStep = stage == Stage::Resolved ? int(scenario.steps.size()) - 1
                                                  : std::min<int>(int(scenario.steps.size()) - 1, 1 + index % 2);
    for (int s = 0; s <= lastStep; ++s) {
        const Step &step = scenario.steps[s];
        const bool last = s == lastStep;
        later(last && stage == Stage::Unacknowledged ? 1 : 1 + m_rng.bounded(4));
        // Finished steps had their time; the open one is on time unless it tells of a stall.
        QDateTime due = m_clock.addDays(step.dueDays + 3);
        if (last && stage == Stage::Overdue)
            due = m_clock.addDays(2);
        else if (last && stage != Stage::Resolved)
            due = std::max(due, m_now.addDays(4 + qint64(m_rng.bounded(8))));
        auto handoff = m_ws.handoffs().request(agentOf(str(step.from)), caseId, str(step.to), str(step.ask), due);
        if (!handoff)
            return std::unexpected(handoff.error());
        ++m_summary.handoffs;
        const Actor &receiver = agentOf(str(step.to));
        if (!last || stage == Stage::Resolved) {
            if (auto r = walk(caseId, handoff->id, receiver, step, true); !r)
                return r;
            continue;
        }
        switch (stage) {
        case Stage::Unacknowledged:
        case Stage::Chasing:
            // Requested days ago, never acknowledged; in Chasing the customer calls to chase it.
            if (stage == Stage::Chasing) {
                for (int call = 0; call < 2; ++call) {
                    // Both calls within the last week: the customer is chasing now.
                    moveForwardTo(m_lastOfficeMinute.addDays(call == 0 ? -6 : -2).addSecs(-60 * qint64(m_rng.bounded(300))));
                    const QString text = call == 0 ? u"Le client appelle : personne ne l'a contacté pour la suite."_s
                                                   : u"Le client rappelle et a dû réexpliquer son dossier au garage."_s;
                    if (auto r = m_ws.cases().recordEffort(lead, caseId, call == 0 ? EffortKind::ChaseCall : EffortKind::ReExplained, text); !r)
                        return std::unexpected(r.error());
                }
            }
            break;
        case Stage::Silent:
            if (auto r = walk(caseId, handoff->id, receiver, step, false); !r)
                return r;
            break;
        case Stage::OnHoldCustomer: {
            if (auto r = walk(caseId, handoff->id, receiver, step, false); !r)
                return r;
            later(3);
            TransitionDetails hold{u"En attente de la copie de la carte grise du client."_s, m_clock.addDays(5), true};
            if (auto r = m_ws.handoffs().transition(receiver, handoff->id, HandoffStatus::OnHold, hold); !r)
                return std::unexpected(r.error());
            break;
        }
        case Stage::Overdue:
            if (auto r = walk(caseId, handoff->id, receiver, step, false); !r)
                return r;
            break;
        case Stage::PingPong: {
            // The file bounces between two agencies, each sending it back.
            Id current = handoff->id;
            QString from = str(step.from), to = str(step.to);
            for (int bounce = 0; bounce < 3; ++bounce) {
                later(3);
                if (auto r = m_ws.handoffs().transition(agentOf(to), current, HandoffStatus::Rejected,
                                                        {u"Ce n'est pas de notre ressort ; renvoyé à l'expéditeur."_s, {}, false}); !r)
                    return std::unexpected(r.error());
                std::swap(from, to);
                later(2);
                auto back = m_ws.handoffs().request(agentOf(from), caseId, to, str(step.ask), m_clock.addDays(step.dueDays + 3));
                if (!back)
                    return std::unexpected(back.error());
                ++m_summary.handoffs;
                current = back->id;
            }
            break;
        }
        case Stage::Healthy:
            if (auto r = walk(caseId, handoff->id, receiver, step, false); !r)
                return r;
            moveForwardTo(m_lastOfficeMinute.addSecs(-60 * qint64(m_rng.bounded(480))));
            if (auto r = m_ws.cases().addEvent(receiver, caseId, {EventKind::Message, u"Client informé par SMS de l'avancement."_s,
                                                                  Visibility::Shared, {}, {}, std::nullopt}); !r)
                return std::unexpected(r.error());
            break;
        case Stage::Resolved:
            break;
        }
    }
    if (stage == Stage::Resolved) {
        later(6);
        summary.doneSoFar = u"Toutes les démarches ont abouti ; le client a confirmé sa satisfaction."_s;
        summary.nextStep = u"Aucune : dossier résolu."_s;
        if (auto r = m_ws.cases().setSummary(lead, caseId, summary); !r)
            return std::unexpected(r.error());
        if (auto r = m_ws.cases().setStatus(lead, caseId, CaseStatus::Resolved, u"Toutes les prestations sont livrées."_s); !r)
            return std::unexpected(r.error());
    }
    return {};
}

Result<DemoSummary> Builder::build(int clientCount)
{
    auto existing = m_ws.directory().agencies();
    if (!existing)
        return std::unexpected(existing.error());
    if (!existing->isEmpty())
        return fail(ErrorCode::Conflict, Tr::tr("This case file already holds data; build the demo in a new file "
                                                "(relais-cli demo --db NEW-FILE)."));
    m_clock = m_now.addDays(-90);
    const Actor console = Actor::localConsole();
    auto result = m_ws.database().write([&]() -> Status {
        for (const DemoAgency &a : demoAgencies()) {
            Agency agency;
            agency.code = str(a.code);
            agency.name = str(a.name);
            agency.kind = str(a.kind);
            agency.phone = str(a.switchboard);
            agency.email = u"contact@"_s + str(a.domain);
            agency.address = str(a.address);
            if (auto r = m_ws.directory().addAgency(console, agency); !r)
                return std::unexpected(r.error());
            ++m_summary.agencies;
            for (auto [user, extension] : {std::pair{a.agent, 12}, std::pair{a.supervisor, 20}}) {
                user.agencyCode = agency.code;
                user.agencyName = agency.name;
                if (auto r = m_ws.directory().addUser(console, user.login, agency.code, user.role, user.displayName); !r)
                    return std::unexpected(r.error());
                if (auto r = m_ws.directory().setUserContact(console, user.login, directLine(agency.phone, extension),
                                                             user.login + u'@' + str(a.domain));
                    !r)
                    return std::unexpected(r.error());
                m_summary.users.append(user);
            }
            auto agent = m_ws.directory().actAs(a.agent.login);
            if (!agent)
                return std::unexpected(agent.error());
            m_agents.insert(agency.code, *agent);
        }
        // The network's own people at the insurer: who runs it, and who watches every case.
        const DemoUser admin{u"admin"_s, u"Administrateur réseau"_s, u"ATLAS"_s, u"Atlas Assurances"_s, Role::Admin};
        const DemoUser overseer{u"nadia.berrada"_s, u"Nadia Berrada"_s, u"ATLAS"_s, u"Atlas Assurances"_s,
                                Role::NetworkSupervisor};
        for (const auto &[user, phone] : {std::pair{admin, u"0522471801"_s}, std::pair{overseer, u"0522471802"_s}}) {
            if (auto r = m_ws.directory().addUser(console, user.login, user.agencyCode, user.role, user.displayName); !r)
                return std::unexpected(r.error());
            const QString email = user.role == Role::Admin ? u"reseau@atlas-assurances.ma"_s
                                                           : user.login + u"@atlas-assurances.ma"_s;
            if (auto r = m_ws.directory().setUserContact(console, user.login, phone, email); !r)
                return std::unexpected(r.error());
            m_summary.users.append(user);
        }
        // Everyone signs in with the one demo password (README: the demo world).
        for (const DemoUser &user : std::as_const(m_summary.users))
            if (auto r = m_ws.signIn().setPassword(console, user.login, demoPassword()); !r)
                return std::unexpected(r.error());
        if (auto r = m_ws.settings().markDemoWorld(console); !r)
            return r;
        if (auto r = setUpCalendars(console); !r)
            return r;

        for (int i = 0; i < clientCount; ++i) {
            m_clock = m_now.addDays(-90).addSecs(i * 60);
            auto client = addClient(i);
            if (!client)
                return std::unexpected(client.error());
            ++m_summary.clients;
            // Most customers have one case; some have two.
            const int cases = i % 5 == 3 ? 2 : 1;
            for (int c = 0; c < cases; ++c)
                if (auto r = addCase(*client, i + c * clientCount); !r)
                    return r;
        }
        return superviseStalls();
    });
    if (!result)
        return std::unexpected(result.error());
    auto events = m_ws.database().scalar(u"SELECT count(*) FROM events"_s);
    if (!events)
        return std::unexpected(events.error());
    m_summary.events = events->toInt();
    return m_summary;
}

} // namespace

Result<DemoSummary> buildDemoWorld(Workspace &workspace, const DemoOptions &options)
{
    Builder builder(workspace, options);
    return builder.build(options.clients);
}

} // namespace Relais::Core
