using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kinora.Core;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Kinora.Production;

/// <summary>
/// bible.yaml, strictly: every key known, every value typed and in range, every error with line and column.
/// Writing puts every value down, defaults included, so the next render of the folder is the same film.
/// </summary>
public static class BibleYaml
{
    public const int MaxWidth = 7680, MaxHeight = 4320, MaxFps = 120;

    public static Bible Read(string path)
    {
        string text;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxChars * 4L)
                throw new InputException(new SourceLocation(path, 1, 1), $"the bible is {info.Length / (1024 * 1024)} MB, more than the {MaxChars / 1024} KB limit: check this is the right file");
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException e)
        {
            var bytes = File.ReadAllBytes(path);
            int at = e.Index >= 0 ? e.Index : 0;
            // The first byte that does not decode: count lines and characters up to it.
            int bad = FirstInvalidUtf8(bytes);
            if (bad >= 0) at = bad;
            int line = 1, column = 1;
            for (int i = 0; i < at && i < bytes.Length; i++)
                if (bytes[i] == '\n') { line++; column = 1; } else if ((bytes[i] & 0xC0) != 0x80) column++;
            throw new InputException(new SourceLocation(path, line, column), $"the bible is not UTF-8 text (the byte 0x{bytes[Math.Min(at, bytes.Length - 1)]:X2}): save it as plain UTF-8 YAML");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(SourceLocation.None(path), $"cannot read the bible: {e.Message}");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return Parse(text, path);
    }

    /// <summary>Largest bible read, in characters: a film with a hundred characters and places is under 100 KB.</summary>
    public const int MaxChars = 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists read; the schema itself needs 4.</summary>
    public const int MaxDepth = 16;

    public static Bible Parse(string text, string file)
    {
        Guard(text, file);
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e)
        {
            throw new InputException(new SourceLocation(file, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column)), $"not valid YAML: {Plain(e)}");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InputException(new SourceLocation(file, 1, 1), "the bible must be a mapping with title, seed, format, style, cast and locations");
        if (stream.Documents.Count > 1)
            throw new InputException(At(file, stream.Documents[1].RootNode), "the bible is one YAML document: remove the second '---' and what follows it");

        var r = new Reader(file);
        var map = r.Fields(root, "title", "seed", "duration", "format", "style", "cast", "locations");
        string title = r.String(map, "title", root) ?? "Untitled";
        long seed = r.Long(map, "seed", root, 0, long.MaxValue) ?? 1;

        var format = new FilmFormat(1920, 1080, 24);
        if (map.TryGetValue("format", out var fNode))
        {
            var f = r.Fields(r.Mapping(fNode, "format"), "width", "height", "fps");
            format = new FilmFormat(
                (int)(r.Long(f, "width", fNode, 16, MaxWidth) ?? 1920),
                (int)(r.Long(f, "height", fNode, 16, MaxHeight) ?? 1080),
                (int)(r.Long(f, "fps", fNode, 1, MaxFps) ?? 24));
            if (format.Width % 2 != 0 || format.Height % 2 != 0)
                r.Error(fNode, "format width and height must be even (the encoder's 4:2:0 colour needs it)");
        }

        Style? style = null;
        if (map.TryGetValue("style", out var sNode))
        {
            var s = r.Fields(r.Mapping(sNode, "style"), "look", "grain", "palette", "aspect");
            string look = r.String(s, "look", sNode) ?? "natural";
            if (!Looks.Contains(look)) r.Error(s["look"], $"unknown look '{look}': use one of {string.Join(", ", Looks)}");
            var palette = ImmutableArray.CreateBuilder<Rgb>();
            if (s.TryGetValue("palette", out var pNode))
            {
                var items = r.Sequence(pNode, "palette").ToList();
                if (pNode is YamlSequenceNode && (items.Count == 0 || items.Count > MaxPalette))
                    r.Error(pNode, $"the palette has {items.Count} colours; give 1 to {MaxPalette}, like [\"#3c465a\", \"#8c3c32\"]");
                foreach (var item in items)
                {
                    if (item is YamlScalarNode { Value: { } v } && Rgb.TryParse(v, out var c)) palette.Add(c);
                    else r.Error(item, $"a palette colour must be like \"#c8a040\", not '{(item as YamlScalarNode)?.Value ?? "a list or mapping"}'");
                }
            }
            double? aspect = null;
            if (s.TryGetValue("aspect", out var aNode) && !(aNode is YamlScalarNode { Value: "frame" }))
                aspect = r.Double(s, "aspect", sNode, Style.MinAspect, Style.MaxAspect);
            style = new Style(look, r.Double(s, "grain", sNode, 0, 1) ?? 0.15) { Palette = palette.ToImmutable(), AspectRatio = aspect };
        }

        var cast = ImmutableArray.CreateBuilder<CastMember>();
        var castSources = ImmutableDictionary.CreateBuilder<string, SourceLocation>();
        if (map.TryGetValue("cast", out var cNode))
            foreach (var item in r.Sequence(cNode, "cast"))
            {
                var member = ReadMember(r, item);
                if (member is null) continue;
                if (castSources.ContainsKey(member.Name)) { r.Error(item, $"'{member.Name}' is cast twice: keep one entry"); continue; }
                castSources[member.Name] = At(file, item);
                cast.Add(member);
            }

        var locations = ImmutableArray.CreateBuilder<LocationSpec>();
        if (map.TryGetValue("locations", out var lNode))
            foreach (var item in r.Sequence(lNode, "locations"))
            {
                var l = r.Fields(r.Mapping(item, "location"), "name", "kind", "seed", "latitude", "day_of_year", "season");
                string? name = r.String(l, "name", item) ?? r.Missing<string>(item, "name");
                string? kindText = r.String(l, "kind", item) ?? r.Missing<string>(item, "kind");
                var kind = LocationKind.Street;
                if (kindText is not null && !Enum.TryParse(kindText, ignoreCase: true, out kind) || kindText is not null && int.TryParse(kindText, out _))
                    r.Error(l["kind"], $"unknown location kind '{kindText}': use one of {string.Join(", ", Enum.GetNames<LocationKind>().Select(n => n.ToLowerInvariant()))}");
                double latitude = r.Double(l, "latitude", item, -89, 89) ?? 45;
                long? day = r.Long(l, "day_of_year", item, 1, 365);
                Season? season = null;
                if (r.OneOf(l, "season", item, SeasonNames) is { } seasonText) season = Enum.Parse<Season>(seasonText, ignoreCase: true);
                if (day is { } d && season is { } se && Seasons.Of((int)d, latitude) != se)
                    r.Error(l["season"], $"day_of_year {d} is {Seasons.Of((int)d, latitude).ToString().ToLowerInvariant()} at latitude {latitude.ToString(CultureInfo.InvariantCulture)}, not {se.ToString().ToLowerInvariant()}: change one, or leave one out");
                int dayOfYear = (int)(day ?? (season is { } only ? Seasons.MiddleDay(only, latitude) : 172));
                if (name is null) continue;
                if (locations.Any(x => x.Name == name.ToUpperInvariant())) { r.Error(item, $"the location '{name}' is given twice: keep one entry"); continue; }
                locations.Add(new LocationSpec(name.ToUpperInvariant(), kind, r.Long(l, "seed", item, 0, long.MaxValue) ?? 1, latitude, dayOfYear));
            }

        double? duration = r.Double(map, "duration", root, 1, ProductionPlanner.MaxDuration);
        r.ThrowIfAny();
        return new Bible(title, seed, format, style ?? new Style("natural", 0.15), cast.ToImmutable(), locations.ToImmutable())
        {
            Duration = duration,
            CastSources = castSources.ToImmutable(),
        };
    }

    /// <summary>Most colours a palette may hold.</summary>
    public const int MaxPalette = 12;

    static readonly string[] Looks = ["natural", "noir", "warm", "cold", "documentary", "pastel"];
    static readonly string[] Builds = ["slim", "average", "heavy"];
    static readonly string[] HairStyles = ["short", "long", "braid", "bun", "bald"];
    static readonly string[] Tops = ["coat", "jacket", "shirt", "dress", "raincoat", "suit", "spacesuit", "apron"];
    static readonly string[] Hats = ["none", "cap", "hat", "helmet", "hood"];
    static readonly string[] SeasonNames = ["spring", "summer", "autumn", "winter"];

    /// <summary>
    /// Checks made on the raw text before the YAML library builds a tree, so hostile files cost little: size, tabs
    /// used for indentation (which YAML forbids), nesting depth, and anchors and aliases (a bible has no use for them,
    /// and they are how a small file expands into a huge one).
    /// </summary>
    static void Guard(string text, string file)
    {
        if (text.Length > MaxChars)
            throw new InputException(new SourceLocation(file, 1, 1), $"the bible is {text.Length / 1024} KB, more than the {MaxChars / 1024} KB limit: check this is the right file");
        int nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            var (line, column) = LineColumn(text, nul);
            throw new InputException(new SourceLocation(file, line, column), "the bible is not text (a NUL byte): save it as plain UTF-8 YAML");
        }
        int lineNo = 1, lineStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            for (int k = lineStart; k < i && (text[k] == ' ' || text[k] == '\t'); k++)
                if (text[k] == '\t')
                    throw new InputException(new SourceLocation(file, lineNo, k - lineStart + 1), "a tab in the indentation: YAML indents with spaces only, so replace the tab with spaces");
            lineNo++;
            lineStart = i + 1;
        }
        var parser = new Parser(new StringReader(text));
        int depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                if (e is AnchorAlias || e is NodeEvent { Anchor.IsEmpty: false })
                    throw new InputException(At(file, e.Start), "anchors and aliases (& and *) are not used in a bible: write each value out");
                if (e is MappingStart or SequenceStart)
                {
                    if (++depth > MaxDepth)
                        throw new InputException(At(file, e.Start), $"the bible nests deeper than {MaxDepth} levels; its schema needs 4: check the indentation");
                }
                else if (e is MappingEnd or SequenceEnd) depth--;
            }
        }
        catch (YamlException ye) when (ye is not { InnerException: InputException })
        {
            throw new InputException(At(file, ye.Start), $"not valid YAML: {Plain(ye)}");
        }
    }

    static int FirstInvalidUtf8(byte[] bytes)
    {
        var chars = new char[bytes.Length + 1];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out int read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }

    static string Plain(YamlException e)
    {
        string m = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 40) - (Line: 3, Col: 6, Idx: 41): "; the diagnostic says where already.
        int cut = m.LastIndexOf("): ", StringComparison.Ordinal);
        m = cut >= 0 && m.StartsWith("(Line", StringComparison.Ordinal) ? m[(cut + 3)..] : m;
        if (m.StartsWith("Duplicate key ", StringComparison.Ordinal)) return $"the key '{m["Duplicate key ".Length..]}' is given twice in the same mapping: keep one";
        if (m.StartsWith("While scanning", StringComparison.Ordinal) || m.StartsWith("While parsing", StringComparison.Ordinal))
            return m.TrimEnd('.') + ": check the indentation (two spaces a level) and that every quote is closed";
        return m;
    }

    static SourceLocation At(string file, YamlNode node) => At(file, node.Start);

    static SourceLocation At(string file, Mark mark) => new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    static (int Line, int Column) LineColumn(string text, int index)
    {
        int line = 1, column = 1;
        for (int i = 0; i < index; i++)
            if (text[i] == '\n') { line++; column = 1; } else column++;
        return (line, column);
    }

    static CastMember? ReadMember(Reader r, YamlNode item)
    {
        var c = r.Fields(r.Mapping(item, "cast member"), "name", "age", "build", "height", "skin", "face", "hair", "hair_style", "top", "top_colour", "bottom_colour", "hat", "voice");
        string? name = r.String(c, "name", item) ?? r.Missing<string>(item, "name");
        var voice = new Voice("en-us+m3", 45, 160);
        if (c.TryGetValue("voice", out var vNode))
        {
            var v = r.Fields(r.Mapping(vNode, "voice"), "name", "pitch", "rate");
            string voiceName = r.String(v, "name", vNode) ?? "en-us+m3";
            if (voiceName.Length == 0 || voiceName.Length > 40 || !voiceName.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '+' or '_'))
                r.Error(v.TryGetValue("name", out var vn) ? vn : vNode, $"'{voiceName}' is not an espeak-ng voice name (like en-gb+f3)");
            voice = new Voice(voiceName, (int)(r.Long(v, "pitch", vNode, 0, 99) ?? 45), (int)(r.Long(v, "rate", vNode, 80, 450) ?? 160));
        }
        var face = Face.Average;
        if (c.TryGetValue("face", out var fNode))
        {
            var f = r.Fields(r.Mapping(fNode, "face"), "width", "nose", "brow", "eyes");
            face = new Face(r.Double(f, "width", fNode, 0, 1) ?? 0.5, r.Double(f, "nose", fNode, 0, 1) ?? 0.5, r.Double(f, "brow", fNode, 0, 1) ?? 0.5,
                r.Colour(f, "eyes", fNode) ?? Face.Average.Eyes);
        }
        long? age = r.Long(c, "age", item, 1, 120) ?? r.Missing<long?>(item, "age");
        if (name is null) return null;
        return new CastMember(
            name.ToUpperInvariant(),
            (int)(age ?? 30),
            r.OneOf(c, "build", item, Builds) ?? "average",
            r.Double(c, "height", item, 0.5, 2.5) ?? 1.72,
            r.Colour(c, "skin", item) ?? new Rgb(224, 180, 150),
            r.Colour(c, "hair", item) ?? new Rgb(70, 46, 30),
            r.OneOf(c, "hair_style", item, HairStyles) ?? "short",
            r.OneOf(c, "top", item, Tops) ?? "jacket",
            r.Colour(c, "top_colour", item) ?? new Rgb(60, 70, 90),
            r.Colour(c, "bottom_colour", item) ?? new Rgb(50, 50, 60),
            r.OneOf(c, "hat", item, Hats) ?? "none",
            voice) { Face = face };
    }

    public static string Write(Bible bible)
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        sb.AppendLine("# Kinora bible: who is in the film, where it happens, how it looks. Edit freely; unknown keys are errors.");
        sb.AppendLine($"title: {Quote(bible.Title)}");
        sb.AppendLine($"seed: {bible.Seed}");
        if (bible.Duration is { } d) sb.AppendLine(string.Format(ci, "duration: {0:0.###}   # seconds of film", d));
        sb.AppendLine("format:");
        sb.AppendLine($"  width: {bible.Format.Width}");
        sb.AppendLine($"  height: {bible.Format.Height}");
        sb.AppendLine($"  fps: {bible.Format.Fps}");
        sb.AppendLine("style:");
        sb.AppendLine($"  look: {bible.Style.Look}   # natural, noir, warm, cold, documentary, pastel");
        sb.AppendLine(string.Format(ci, "  grain: {0:0.##}", bible.Style.Grain));
        sb.AppendLine($"  palette: [{string.Join(", ", bible.Style.Colours.Select(c => $"\"{c}\""))}]   # the wardrobe's colours where the screenplay names none");
        sb.AppendLine(bible.Style.AspectRatio is { } a
            ? string.Format(ci, "  aspect: {0:0.###}   # picture width / height (2.39, 1.85, 1.78); the frame keeps its size, letterboxed", a)
            : "  aspect: frame   # the frame's own; or a ratio like 2.39 or 1.85 to letterbox the picture inside the frame");
        sb.AppendLine("cast:");
        foreach (var c in bible.Cast)
        {
            sb.AppendLine($"  - name: {Quote(c.Name)}");
            sb.AppendLine($"    age: {c.Age}");
            sb.AppendLine($"    build: {c.Build}        # slim, average, heavy");
            sb.AppendLine(string.Format(ci, "    height: {0:0.00}      # metres", c.Height));
            sb.AppendLine($"    skin: \"{c.Skin}\"");
            sb.AppendLine("    face:");
            sb.AppendLine(string.Format(ci, "      width: {0:0.##}    # 0 narrow .. 1 broad", c.Face.Width));
            sb.AppendLine(string.Format(ci, "      nose: {0:0.##}     # 0 small .. 1 large", c.Face.Nose));
            sb.AppendLine(string.Format(ci, "      brow: {0:0.##}     # 0 smooth .. 1 heavy", c.Face.Brow));
            sb.AppendLine($"      eyes: \"{c.Face.Eyes}\"");
            sb.AppendLine($"    hair: \"{c.Hair}\"");
            sb.AppendLine($"    hair_style: {c.HairStyle}   # short, long, braid, bun, bald");
            sb.AppendLine($"    top: {c.Top}   # coat, jacket, shirt, dress, raincoat, suit, spacesuit, apron");
            sb.AppendLine($"    top_colour: \"{c.TopColour}\"");
            sb.AppendLine($"    bottom_colour: \"{c.BottomColour}\"");
            sb.AppendLine($"    hat: {c.Hat}   # none, cap, hat, helmet, hood");
            sb.AppendLine("    voice:");
            sb.AppendLine($"      name: {c.Voice.Name}   # an espeak-ng voice");
            sb.AppendLine($"      pitch: {c.Voice.Pitch}");
            sb.AppendLine($"      rate: {c.Voice.Rate}     # words per minute");
        }
        if (bible.Cast.IsEmpty) sb.AppendLine("  []");
        sb.AppendLine("locations:");
        foreach (var l in bible.Locations)
        {
            sb.AppendLine($"  - name: {Quote(l.Name)}");
            sb.AppendLine($"    kind: {l.Kind.ToString().ToLowerInvariant()}");
            sb.AppendLine($"    seed: {l.Seed}");
            sb.AppendLine(string.Format(ci, "    latitude: {0:0.###}   # degrees north", l.Latitude));
            sb.AppendLine($"    day_of_year: {l.DayOfYear}");
            sb.AppendLine($"    season: {l.Season.ToString().ToLowerInvariant()}   # spring, summer, autumn, winter (of the day at this latitude)");
        }
        if (bible.Locations.IsEmpty) sb.AppendLine("  []");
        return sb.ToString();
    }

    static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Reads typed values off nodes and collects every diagnostic before failing.</summary>
    sealed class Reader(string file)
    {
        readonly List<Diagnostic> errors = [];

        public void Error(YamlNode node, string message) =>
            errors.Add(new Diagnostic(new SourceLocation(file, (int)node.Start.Line, (int)node.Start.Column), message));

        public void ThrowIfAny()
        {
            if (errors.Count > 0) throw new InputException(errors);
        }

        public T? Missing<T>(YamlNode parent, string key)
        {
            Error(parent, $"'{key}' is required here");
            return default;
        }

        public YamlMappingNode Mapping(YamlNode node, string what)
        {
            if (node is YamlMappingNode m) return m;
            Error(node, $"{what} must be a mapping of key: value lines");
            return new YamlMappingNode();
        }

        public IEnumerable<YamlNode> Sequence(YamlNode node, string what)
        {
            if (node is YamlSequenceNode s) return s.Children;
            Error(node, $"{what} must be a list of '- ' items");
            return [];
        }

        public Dictionary<string, YamlNode> Fields(YamlMappingNode node, params string[] known)
        {
            var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (k, v) in node.Children)
            {
                if (k is not YamlScalarNode) { Error(k, $"a key must be a plain word ({string.Join(", ", known)}), not a list or a mapping"); continue; }
                string key = ((YamlScalarNode)k).Value ?? "";
                if (!known.Contains(key)) Error(k, $"unknown key '{key}': expected one of {string.Join(", ", known)}");
                else if (!result.TryAdd(key, v)) Error(k, $"'{key}' is given twice");
            }
            return result;
        }

        string? Scalar(Dictionary<string, YamlNode> map, string key)
        {
            if (!map.TryGetValue(key, out var node)) return null;
            if (node is YamlScalarNode s) return s.Value;
            Error(node, $"'{key}' must be a single value");
            return null;
        }

        public string? String(Dictionary<string, YamlNode> map, string key, YamlNode parent) => Scalar(map, key);

        public long? Long(Dictionary<string, YamlNode> map, string key, YamlNode parent, long min, long max)
        {
            var s = Scalar(map, key);
            if (s is null) return null;
            if (!long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out long v)) { Error(map[key], $"'{key}' must be a whole number, not '{s}'"); return null; }
            if (v < min || v > max) { Error(map[key], $"'{key}' is {v}; it must be between {min} and {max}"); return null; }
            return v;
        }

        public double? Double(Dictionary<string, YamlNode> map, string key, YamlNode parent, double min, double max)
        {
            var s = Scalar(map, key);
            if (s is null) return null;
            if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v)) { Error(map[key], $"'{key}' must be a number, not '{s}'"); return null; }
            if (v < min || v > max) { Error(map[key], $"'{key}' is {v}; it must be between {min} and {max}"); return null; }
            return v;
        }

        public string? OneOf(Dictionary<string, YamlNode> map, string key, YamlNode parent, string[] allowed)
        {
            var s = Scalar(map, key);
            if (s is null) return null;
            if (!allowed.Contains(s)) { Error(map[key], $"'{key}' is '{s}'; use one of {string.Join(", ", allowed)}"); return null; }
            return s;
        }

        public Rgb? Colour(Dictionary<string, YamlNode> map, string key, YamlNode parent)
        {
            var s = Scalar(map, key);
            if (s is null) return null;
            if (!Rgb.TryParse(s, out var c)) { Error(map[key], $"'{key}' must be a colour like \"#c8a040\", not '{s}'"); return null; }
            return c;
        }
    }
}
