using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Kinora.Core;
using Kinora.Script;

namespace Kinora.Production;

/// <summary>
/// Gives every character a fixed look and voice. What the screenplay says wins ("ADA (60s), oilskin coat, grey
/// braid"); what it leaves out comes from a seeded stream per character, so a name always casts the same way.
/// </summary>
public static partial class Casting
{
    static readonly Rgb[] SkinTones = [new(241, 204, 178), new(224, 180, 150), new(198, 148, 112), new(160, 110, 78), new(120, 80, 56), new(90, 60, 44)];
    static readonly Rgb[] HairColours = [new(40, 30, 24), new(70, 46, 30), new(110, 76, 44), new(170, 130, 80), new(200, 170, 110), new(120, 50, 30)];
    static readonly string[] FemaleVoices = ["en-gb+f3", "en-us+f2", "en-gb+f4", "en-us+f5", "en-gb+f1"];
    static readonly string[] MaleVoices = ["en-gb+m3", "en-us+m1", "en-gb+m5", "en-us+m7", "en-gb+m2", "en-us+m4"];
    static readonly HashSet<string> FemaleNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "ADA", "MARA", "ELLA", "NORA", "IRIS", "MAYA", "LENA", "ROSA", "VERA", "JUNE", "CLARA", "EVA", "LUCY", "ZOE", "MAE", "NINA", "SARA",
        "ANNA", "LILY", "HANNA", "GRACE", "ALICE", "EMMA", "OLIVIA", "SOFIA", "TESS", "RUTH", "FREYA", "INGRID", "MEI", "PRIYA", "AMARA",
    };

    /// <summary>The cast of a screenplay; entries already in the bible are kept as they are.</summary>
    public static ImmutableArray<CastMember> Cast(Screenplay screenplay, IReadOnlyList<CastMember> existing, long seed, IReadOnlyList<Rgb>? palette = null)
    {
        var result = ImmutableArray.CreateBuilder<CastMember>();
        var used = new HashSet<string>();
        foreach (var name in Names(screenplay))
        {
            var kept = existing.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            var member = kept ?? Describe(name, DescriptionOf(screenplay, name), seed, result.Count, palette);
            if (kept is null)
            {
                // Two characters must never share a voice: walk the list until a free one.
                var voices = IsFemale(name, DescriptionOf(screenplay, name)) ? FemaleVoices : MaleVoices;
                int start = Array.IndexOf(voices, member.Voice.Name);
                for (int i = 0; i < voices.Length && used.Contains(member.Voice.Name); i++)
                    member = member with { Voice = member.Voice with { Name = voices[(start + i + 1) % voices.Length] } };
            }
            used.Add(member.Voice.Name);
            result.Add(member);
        }
        foreach (var c in existing)
            if (!result.Any(r => r.Name.Equals(c.Name, StringComparison.OrdinalIgnoreCase))) result.Add(c);
        return result.ToImmutable();
    }

    /// <summary>
    /// Everyone in the film: the speaking cast, then characters introduced in action lines the way screenplays
    /// introduce them, in capitals with an age ("MARA (60s), the keeper, …"), who may never speak.
    /// </summary>
    public static ImmutableArray<string> Names(Screenplay screenplay)
    {
        var names = new List<string>(screenplay.Cast);
        foreach (var scene in screenplay.Scenes)
            foreach (var a in scene.Elements.OfType<ActionElement>())
                foreach (Match m in Introduction().Matches(a.Text))
                {
                    string name = m.Groups[1].Value.Trim();
                    if (!names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
                }
        return [.. names];
    }

    [GeneratedRegex(@"\b([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?)\s*\((?:\d0s|\d{1,2}|teens|elderly)\)")]
    private static partial Regex Introduction();

    /// <summary>Every action line sentence that names the character, joined: where their look is described.</summary>
    public static string DescriptionOf(Screenplay screenplay, string name)
    {
        var parts = new List<string>();
        foreach (var scene in screenplay.Scenes)
            foreach (var a in scene.Elements.OfType<ActionElement>())
                foreach (var sentence in SplitSentences(a.Text))
                    if (NamePattern(name).IsMatch(sentence)) parts.Add(sentence);
        return string.Join(" ", parts);
    }

    /// <summary>A character from a description; the seeded stream fills what the description leaves out.</summary>
    public static CastMember Describe(string name, string description, long seed, int order, IReadOnlyList<Rgb>? palette = null)
    {
        // The wardrobe comes from the film's palette where the description names no colour.
        IReadOnlyList<Rgb> clothing = palette is { Count: > 0 } ? palette : Style.DefaultPalette;
        var rng = Pcg32.For(seed, "cast/" + name.ToUpperInvariant());
        string text = " " + description.ToLowerInvariant() + " ";
        bool female = IsFemale(name, description);

        int age = AgeFrom(text) ?? rng.Next(4) switch { 0 => 24 + rng.Next(8), 1 => 32 + rng.Next(10), 2 => 45 + rng.Next(10), _ => 28 + rng.Next(20) };
        if (text.Contains(" girl") || text.Contains(" boy")) age = Math.Min(age, 11);
        if (text.Contains("child")) age = Math.Min(age, 10);

        var skin = SkinTones[rng.Next(SkinTones.Length)];
        var hair = HairColours[rng.Next(HairColours.Length)];
        if (age >= 58) hair = new Rgb(170, 170, 168);
        var hairWord = Regex.Match(text, @"(\w+)\s+(hair|braid|plait|bun|ponytail|curls)");
        if (hairWord.Success && ColourOf(hairWord.Groups[1].Value) is { } hc) hair = hc;

        string hairStyle = FirstMatch(Vocabulary.HairStyles, text) ?? (female ? rng.Pick(["long", "bun", "long", "short"]) : rng.Pick(["short", "short", "bald", "short"]));
        var named = FirstMatch(Vocabulary.Garments, text) is null ? GarmentNamed(text) : null;
        string top = FirstMatch(Vocabulary.Garments, text) ?? named?.Top ?? rng.Pick(["jacket", "shirt", "coat", "shirt"]);
        string hat = FirstMatch(Vocabulary.Hats, text) ?? (top == "spacesuit" ? "helmet" : "none");

        var topColour = clothing[rng.Next(clothing.Count)];
        var bottom = clothing[rng.Next(clothing.Count)];
        // A colour named right before a garment colours it ("a yellow raincoat", "grey trench coat"); a garment whose
        // name is its colour (a high-visibility vest) takes that colour where none is named.
        bool coloured = false;
        foreach (var word in Vocabulary.Garments.Select(g => g.Word).Concat(named is { } n ? [n.Noun] : []))
        {
            int at = Vocabulary.IndexOfWord(text, word);
            if (at < 0) continue;
            var before = text[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(3).Reverse();
            if (before.Select(ColourOf).FirstOrDefault(c => c is not null) is { } c) { topColour = c; coloured = true; break; }
        }
        if (!coloured && Vocabulary.HighVisibility.Any(w => text.Contains(w, StringComparison.Ordinal))) topColour = Vocabulary.SafetyYellow;
        if (top == "spacesuit") { topColour = new Rgb(228, 226, 220); bottom = topColour; }
        if (top == "apron") topColour = new Rgb(236, 236, 232);

        string build = text.Contains(" stout") || text.Contains(" heavy") || text.Contains(" burly") ? "heavy"
            : text.Contains(" thin") || text.Contains(" slight") || text.Contains(" wiry") ? "slim"
            : rng.Pick(["slim", "average", "average", "heavy"]);
        double height = age < 13 ? 1.25 + age * 0.015 : (female ? 1.58 : 1.70) + rng.Range(0, 0.16);

        var voices = female ? FemaleVoices : MaleVoices;
        var voice = new Voice(voices[(order + rng.Next(voices.Length)) % voices.Length],
            Pitch: Math.Clamp((female ? 55 : 40) + rng.Next(20) - (age > 55 ? 8 : 0) + (age < 13 ? 25 : 0), 0, 99),
            Rate: 150 + rng.Next(25));

        return new CastMember(name.ToUpperInvariant(), age, build, Math.Round(height, 2), skin, hair, hairStyle, top, topColour, bottom, hat, voice)
        {
            Face = FaceOf(name, text, seed),
        };
    }

    static readonly Rgb[] EyeColours = [new(25, 20, 18), new(60, 40, 24), new(92, 64, 36), new(70, 100, 130), new(80, 110, 80), new(110, 96, 70)];

    /// <summary>
    /// A face from the description ("a broad face", "a narrow face", "a big nose", "a heavy brow", "blue eyes"), the rest
    /// from its own seeded stream, so adding faces changed no other draw of the cast.
    /// </summary>
    public static Face FaceOf(string name, string lowerDescription, long seed)
    {
        var rng = Pcg32.For(seed, "face/" + name.ToUpperInvariant());
        string t = lowerDescription;
        double width = Math.Round(rng.Range(0.3, 0.7), 2), nose = Math.Round(rng.Range(0.3, 0.7), 2), brow = Math.Round(rng.Range(0.3, 0.7), 2);
        var eyes = EyeColours[rng.Next(EyeColours.Length)];
        if (Regex.IsMatch(t, @"\b(broad|round|wide|square)[- ](face|jaw)")) width = 0.85;
        if (Regex.IsMatch(t, @"\b(narrow|thin|long|gaunt)[- ]face")) width = 0.15;
        if (Regex.IsMatch(t, @"\b(big|large|long|broken|hooked) nose")) nose = 0.85;
        if (Regex.IsMatch(t, @"\b(small|little|button) nose")) nose = 0.15;
        if (Regex.IsMatch(t, @"\b(heavy|thick|bushy|furrowed) (brow|eyebrows)")) brow = 0.85;
        var eyeWord = Regex.Match(t, @"(\w+)[- ]eyed\b|(\w+) eyes\b");
        if (eyeWord.Success && ColourOf(eyeWord.Groups[1].Success ? eyeWord.Groups[1].Value : eyeWord.Groups[2].Value) is { } e) eyes = e;
        return new Face(width, nose, brow, eyes);
    }

    static bool IsFemale(string name, string description)
    {
        string t = " " + description.ToLowerInvariant() + " ";
        int she = Regex.Matches(t, @"\b(she|her|hers|herself|woman|girl|mother|daughter|wife)\b").Count;
        int he = Regex.Matches(t, @"\b(he|him|his|himself|man|boy|father|son|husband)\b").Count;
        if (she != he) return she > he;
        return FemaleNames.Contains(name) || name.EndsWith('A');
    }

    static int? AgeFrom(string text)
    {
        var decade = Regex.Match(text, @"\((\d)0s\)|\b(\d)0s\b");
        if (decade.Success) return int.Parse(decade.Groups[1].Success ? decade.Groups[1].Value : decade.Groups[2].Value) * 10 + 4;
        var exact = Regex.Match(text, @"\((\d{1,2})\)");
        if (exact.Success) return int.Parse(exact.Groups[1].Value);
        if (text.Contains(" old ") || text.Contains("elderly")) return 70;
        if (text.Contains(" young ")) return 22;
        return null;
    }

    /// <summary>A colour word: the exact list, then the model ("rose", "violet"); short and common words are never colours.</summary>
    static Rgb? ColourOf(string word)
    {
        string w = word.Trim(',', '.', ';', ':', '!', '?', '"', '\'', '(', ')');
        if (w.Length < 3 || Unworn.Contains(w)) return null;
        return Vocabulary.ColourOf(w);
    }

    /// <summary>Words that are neither a colour nor a top, whatever the model thinks (adjectives, materials, other garments).</summary>
    static readonly HashSet<string> Unworn = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "her", "his", "its", "their", "with", "old", "new", "long", "short", "torn", "worn", "heavy", "thin",
        "big", "small", "large", "weathered", "clothes", "wet", "dry", "soaked", "faded", "battered", "oilskin", "wool", "woollen", "leather", "cotton",
        "silk", "denim", "tweed", "linen", "knitted", "rubber", "trench", "rain", "space", "lab", "flight", "kitchen", "wears",
        "wearing", "in", "a", "an", "boots", "shoes", "scarf", "gloves", "trousers", "jeans", "skirt", "socks", "hat", "cap", "glasses",
    };

    /// <summary>
    /// A garment the exact list does not know, read by the model from the noun after "in a", "wears a" or "wearing a"
    /// ("in a cardigan" is a shirt, "in a tuxedo" a suit).
    /// </summary>
    static (string Top, string Noun)? GarmentNamed(string text)
    {
        foreach (Match m in Regex.Matches(text, @"\b(?:in|wears|wearing)\s+(?:a|an|her|his|the)?\s*(?:[a-z\-]+\s+){0,2}?([a-z\-]{3,})\b"))
        {
            string noun = m.Groups[1].Value;
            if (Unworn.Contains(noun) || Vocabulary.ColourOf(noun) is not null && Vocabulary.Colours.Any(c => c.Word == noun)) continue;
            if (Vocabulary.GarmentOf(noun) is { } top) return (top, noun);
        }
        return null;
    }

    static string? FirstMatch(IReadOnlyList<(string Word, string Value)> table, string text)
    {
        foreach (var (word, value) in table) if (Vocabulary.HasWord(text, word)) return value;
        return null;
    }

    internal static IEnumerable<string> SplitSentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    internal static Regex NamePattern(string name) => new(@"\b" + Regex.Escape(name) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
