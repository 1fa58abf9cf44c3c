using System.Text.RegularExpressions;

namespace Kinora.Script;

/// <summary>
/// What a prompt says, read by rules: who (roles, counted), where (places in the order told), when (times and weather),
/// and what happens, clause by clause. Deterministic: no seed here; the planner's dice come later.
/// </summary>
internal sealed partial class PromptReading
{
    /// <summary>A person the prompt names; plural roles give several, each with its own index.</summary>
    public sealed record Person(string Role, StoryLexicon.Role Lexicon, int Index, int Count, List<string> Adjectives, string? Look, int Clause)
    {
        /// <summary>The name the prompt gives ("Ada, a lighthouse keeper", "a sailor named Tom"), in capitals; null when it gives none.</summary>
        public string? Name { get; set; }

        /// <summary>'f' or 'm' when the prompt says (she, her, he, his after the name or role); null when it leaves it open.</summary>
        public char? Gender { get; init; }
    }

    /// <summary>One clause of the prompt: a step of the story with its place, time, weather, who does it and what.</summary>
    public sealed class Clause
    {
        public int Index;
        public StoryLexicon.Place? Place;
        public string? PlaceWords;
        public string? Time;
        public string? Weather;
        public List<Person> Subject = [];
        public List<Person> Mentioned = [];
        public string? Verb;           // base form
        public List<string> Rest = []; // words after the verb, people as markers "@n"
        public bool HowTo;
    }

    public List<Person> People { get; } = [];
    public List<Clause> Clauses { get; } = [];
    public bool Documentary { get; private set; }
    public bool Training { get; private set; }
    public bool Radio { get; private set; }

    [GeneratedRegex(@"[a-z]+(?:'[a-z]+)?|[,;:.!?]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    static readonly HashSet<string> Articles = ["a", "an", "the", "some", "its", "his", "her", "their", "one"];
    static readonly HashSet<string> Prepositions = ["in", "on", "at", "through", "across", "along", "up", "down", "into", "to", "from", "over", "by", "near", "around", "before", "after", "as", "for", "toward", "towards", "under", "inside", "outside", "of", "with"];
    static readonly HashSet<string> Colours = ["red", "yellow", "blue", "green", "grey", "gray", "black", "white", "brown", "orange", "purple", "pink", "silver", "golden", "dark", "bright", "long", "old", "torn", "wet", "small", "big", "tall", "short"];

    public static PromptReading Read(string prompt)
    {
        var r = new PromptReading();
        var lower = prompt.ToLowerInvariant();
        r.Documentary = lower.Contains("documentary");
        r.Training = lower.Contains("training") || lower.Contains("safety") || lower.Contains("explainer") || lower.Contains("how to");
        r.Radio = Regex.IsMatch(lower, @"\bradio");
        var words = TokenRegex().Matches(lower).Select(m => m.Value).Take(2000).ToList();
        // Clauses split at punctuation and at "and"/"then", which is where prompts step from one event to the next.
        var clauses = new List<List<string>> { new() };
        foreach (var w in words)
        {
            if (w is "," or ";" or ":" or "." or "!" or "?" or "and" or "then" or "while")
            {
                if (clauses[^1].Count > 0) clauses.Add([]);
                continue;
            }
            clauses[^1].Add(w);
        }
        if (clauses[^1].Count == 0) clauses.RemoveAt(clauses.Count - 1);

        List<Person> lastSubject = [];
        string? lastVerb = null;
        for (int c = 0; c < clauses.Count; c++)
        {
            var clause = new Clause { Index = c };
            r.ReadClause(clauses[c], clause, lastSubject, lastVerb);
            if (clause.Subject.Count > 0) lastSubject = clause.Subject;
            if (clause.Verb is not null) lastVerb = clause.Verb;
            if (clause.Place is not null || clause.Time is not null || clause.Verb is not null || clause.Weather is not null || clause.Mentioned.Count > 0)
                r.Clauses.Add(clause);
        }
        r.ReadNames(prompt);
        return r;
    }

    void ReadClause(List<string> w, Clause clause, List<Person> lastSubject, string? lastVerb)
    {
        var consumed = new bool[w.Count];
        var personAt = new Dictionary<int, List<Person>>();
        int verbAt = -1;
        for (int i = 0; i < w.Count; i++)
        {
            if (consumed[i]) continue;
            // Times first: "closing time", "the sun sets" are phrases, not places or verbs.
            if (Match(w, i, StoryLexicon.Times.Select(t => t.Phrase), out int tl, out var tp))
            {
                clause.Time = StoryLexicon.Times.First(t => t.Phrase == tp).Time;
                // "watch the dawn": the hour is also what they do something to, so it stays in the event.
                bool objectOfVerb = verbAt >= 0 && (verbAt == i - 1 || verbAt == i - 2 && w[i - 1] == "the");
                if (!objectOfVerb) MarkWithLeadIns(w, consumed, i, tl);
                i += tl - 1;
                continue;
            }
            var weather = StoryLexicon.Weathers.FirstOrDefault(x => x.Word == w[i]);
            if (weather.Word is not null) { clause.Weather = weather.Weather; consumed[i] = true; continue; }
            if (Match(w, i, StoryLexicon.Roles.Keys, out int rl, out var roleForm) && !IsVerbUse(w, i, roleForm))
            {
                var role = StoryLexicon.Roles[roleForm];
                var existing = People.Where(p => p.Role == role.Label).ToList();
                List<Person> group;
                if (existing.Count > 0 && Articles.Contains(i > 0 ? w[i - 1] : "") && w[i - 1] == "the") group = existing;
                else if (existing.Count > 0) group = existing;
                else
                {
                    int count = StoryLexicon.IsPlural(roleForm) ? 2 : 1;
                    var adjectives = new List<string>();
                    var qualifiers = new List<string>();
                    for (int k = i - 1; k >= 0 && k >= i - 4; k--)
                    {
                        if (StoryLexicon.Numbers.TryGetValue(w[k], out int n)) { count = n; break; }
                        if (Articles.Contains(w[k]) || Prepositions.Contains(w[k])) break;
                        if (StoryLexicon.Adjectives.Contains(w[k]) || Colours.Contains(w[k])) adjectives.Insert(0, w[k]);
                        else if (StoryLexicon.Places.ContainsKey(w[k]) || !IsVerb(w[k], out _)) qualifiers.Insert(0, w[k]);
                        else break;
                    }
                    string label = qualifiers.Count > 0 && !roleForm.Contains(' ') ? string.Join(" ", qualifiers) + " " + role.Label : role.Label;
                    string? look = null;
                    int after = i + rl;
                    if (after + 1 < w.Count && w[after] is "in" or "with" && Articles.Contains(w[after + 1]))
                    {
                        var lookWords = new List<string>();
                        int k = after + 2;
                        while (k < w.Count && lookWords.Count < 4 && !IsVerb(w[k], out _) && !Prepositions.Contains(w[k]) && !StoryLexicon.Places.ContainsKey(w[k]))
                            lookWords.Add(w[k++]);
                        if (lookWords.Count > 0)
                        {
                            look = $"{w[after]} {Article(lookWords[0])} {string.Join(" ", lookWords)}";
                            for (int m = after; m < k; m++) consumed[m] = true;
                        }
                    }
                    count = Math.Clamp(count, 1, 4);
                    group = [];
                    for (int n = 0; n < count; n++)
                    {
                        var p = new Person(label, role, People.Count, count, adjectives, look, clause.Index);
                        People.Add(p);
                        group.Add(p);
                    }
                }
                personAt[i] = group;
                clause.Mentioned.AddRange(group.Where(g => !clause.Mentioned.Contains(g)));
                for (int m = i; m < i + rl; m++) consumed[m] = true;
                // "a sailor named Tom": the name is read from the prompt's capitals (ReadNames), not told as an event.
                if (i + rl + 1 < w.Count && w[i + rl] is "named" or "called")
                {
                    consumed[i + rl] = consumed[i + rl + 1] = true;
                    rl += 2;
                }
                i += rl - 1;
                continue;
            }
            if (Match(w, i, StoryLexicon.Places.Keys, out int pl, out var placeForm))
            {
                clause.Place = StoryLexicon.Places[placeForm];
                clause.PlaceWords = placeForm;
                // "lighthouse keeper": the place word also names the role, so do not swallow it.
                if (!(i + pl < w.Count && StoryLexicon.Roles.ContainsKey(w[i + pl]))) { }
                i += pl - 1;
                continue;
            }
            if (verbAt < 0 && IsVerb(w[i], out var verb) && !(i > 0 && Articles.Contains(w[i - 1])))
            {
                verbAt = i;
                clause.Verb = verb;
                continue;
            }
            if (w[i] is "her" or "him" && verbAt >= 0)
            {
                var target = People.LastOrDefault(p => !clause.Subject.Contains(p) && !lastSubject.Contains(p));
                if (target is not null) { personAt[i] = [target]; clause.Mentioned.Add(target); }
            }
        }
        // The subject is whoever is named before the verb; a pronoun or nothing means the last subject goes on.
        foreach (var (at, group) in personAt.OrderBy(p => p.Key))
            if (verbAt < 0 || at < verbAt) clause.Subject.AddRange(group.Where(g => !clause.Subject.Contains(g)));
        bool they = w.Take(verbAt < 0 ? w.Count : verbAt).Any(x => x is "they" or "together");
        if (they && People.Count > 0) clause.Subject = People.Where(p => p.Clause <= clause.Index).ToList();
        if (clause.Subject.Count == 0 && lastSubject.Count > 0) clause.Subject = [.. lastSubject];
        if (verbAt >= 0 && verbAt >= 2 && w[verbAt - 2] == "how" && w[verbAt - 1] == "to" && clause.Subject.Count > 0 && !personAt.Keys.Any(k => k < verbAt))
        {
            clause.HowTo = true;
            clause.Verb = lastVerb ?? "show";
            clause.Rest.AddRange(w.Skip(verbAt - 2).Take(2));
        }
        if (verbAt >= 0)
        {
            if (clause.HowTo) clause.Rest.Add(w[verbAt]);
            for (int i = verbAt + 1; i < w.Count; i++)
            {
                if (personAt.TryGetValue(i, out var g))
                {
                    while (clause.Rest.Count > 0 && (Articles.Contains(clause.Rest[^1]) || StoryLexicon.Adjectives.Contains(clause.Rest[^1]) || StoryLexicon.Numbers.ContainsKey(clause.Rest[^1])))
                        clause.Rest.RemoveAt(clause.Rest.Count - 1);
                    clause.Rest.Add("@" + string.Join(",", g.Select(p => p.Index)));
                }
                else if (consumed[i]) continue;
                else if (StoryLexicon.Places.ContainsKey(w[i]) && clause.PlaceWords is not null && clause.PlaceWords.EndsWith(w[i]))
                {
                    var placeParts = clause.PlaceWords.Split(' ');
                    while (clause.Rest.Count > 0 && (Articles.Contains(clause.Rest[^1]) || Colours.Contains(clause.Rest[^1]) || StoryLexicon.Adjectives.Contains(clause.Rest[^1]) || StoryLexicon.Places.ContainsKey(clause.Rest[^1]) || placeParts.Contains(clause.Rest[^1])))
                        clause.Rest.RemoveAt(clause.Rest.Count - 1);
                    clause.Rest.Add("the");
                    clause.Rest.Add(clause.PlaceWords);
                }
                else clause.Rest.Add(w[i]);
            }
            while (clause.Rest.Count > 0 && (Prepositions.Contains(clause.Rest[^1]) || Articles.Contains(clause.Rest[^1]))) clause.Rest.RemoveAt(clause.Rest.Count - 1);
        }
        else if (clause.Place is not null && w.Count > 0 && Prepositions.Contains(w[0]))
        {
            // "across a meadow": movement with no verb of its own.
            clause.Verb = w[0] is "up" or "across" or "through" or "along" or "down" or "over" ? "run" : "walk";
            clause.Rest.AddRange([w[0], "the", clause.PlaceWords!]);
        }
    }

    /// <summary>
    /// Names the prompt gives its people: "Ada, a lighthouse keeper, …" or "a sailor named Tom". The name goes to the
    /// first person of that role still unnamed, so "two chefs, Rosa and Marco" is not needed to name one of them.
    /// </summary>
    void ReadNames(string prompt)
    {
        foreach (var p in People)
        {
            var forms = StoryLexicon.Roles.Where(kv => kv.Value == p.Lexicon).Select(kv => Regex.Escape(kv.Key)).OrderByDescending(f => f.Length);
            string role = "(?:" + string.Join("|", forms) + ")";
            var patterns = new[]
            {
                $@"\b(?<name>[A-Z][a-z]{{1,15}}),\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,3}}?{role}\b",
                $@"\b{role}\s+(?:named|called)\s+(?<name>[A-Z][a-z]{{1,15}})\b",
            };
            foreach (var pattern in patterns)
            {
                foreach (Match m in Regex.Matches(prompt, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                {
                    string name = m.Groups["name"].Value.ToUpperInvariant();
                    if (People.Any(q => q.Name == name) || NotNames.Contains(name)) continue;
                    var unnamed = People.FirstOrDefault(q => q.Lexicon == p.Lexicon && q.Name is null);
                    if (unnamed is not null) unnamed.Name = name;
                }
            }
        }
    }

    static readonly HashSet<string> NotNames = ["A", "AN", "THE", "THEN", "AND", "AT", "IN", "ON", "ONE", "TWO", "THREE", "SHE", "HE", "THEY"];

    /// <summary>Marks a time phrase and the little words that lead into it ("at", "as the", "before").</summary>
    static void MarkWithLeadIns(List<string> w, bool[] consumed, int i, int length)
    {
        for (int k = i; k < i + length; k++) consumed[k] = true;
        for (int k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            if (w[k] is "at" or "as" or "before" or "by" or "in" or "the" or "until" or "after" or "this" or "one") consumed[k] = true;
            else break;
        }
    }

    static bool IsVerbUse(List<string> w, int i, string form) => false;

    public static bool IsVerb(string word, out string verb)
    {
        foreach (var v in StoryLexicon.Verbs)
        {
            if (word == v || word == v + "s" || word == v + "es" || (v.EndsWith('y') && word == v[..^1] + "ies") || Irregular(v, word))
            {
                verb = v;
                return true;
            }
        }
        verb = "";
        return false;
    }

    static bool Irregular(string v, string word) => (v, word) switch
    {
        ("run", "runs") or ("leave", "leaves") or ("rise", "rises") or ("drive", "drives") or ("give", "gives") or ("take", "takes") => true,
        _ => false,
    };

    static bool Match(List<string> w, int i, IEnumerable<string> phrases, out int length, out string phrase)
    {
        length = 0; phrase = "";
        foreach (var p in phrases)
        {
            var parts = p.Split(' ');
            if (parts.Length <= length || i + parts.Length > w.Count) continue;
            bool ok = true;
            for (int k = 0; k < parts.Length && ok; k++) ok = w[i + k] == parts[k];
            if (ok) { length = parts.Length; phrase = p; }
        }
        return length > 0;
    }

    static string Article(string word) => "aeiou".Contains(word[0]) ? "an" : "a";
}
