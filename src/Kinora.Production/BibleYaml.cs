using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kinora.Core;
using YamlDotNet.Core;
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
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(SourceLocation.None(path), $"cannot read the bible: {e.Message}");
        }
        return Parse(text, path);
    }

    public static Bible Parse(string text, string file)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e)
        {
            throw new InputException(new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), $"not valid YAML: {e.InnerException?.Message ?? e.Message}");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InputException(new SourceLocation(file, 1, 1), "the bible must be a mapping with title, seed, format, style, cast and locations");

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

        var style = new Style("natural", 0.15);
        if (map.TryGetValue("style", out var sNode))
        {
            var s = r.Fields(r.Mapping(sNode, "style"), "look", "grain");
            string look = r.String(s, "look", sNode) ?? "natural";
            if (!Looks.Contains(look)) r.Error(s["look"], $"unknown look '{look}': use one of {string.Join(", ", Looks)}");
            style = new Style(look, r.Double(s, "grain", sNode, 0, 1) ?? 0.15);
        }

        var cast = ImmutableArray.CreateBuilder<CastMember>();
        if (map.TryGetValue("cast", out var cNode))
            foreach (var item in r.Sequence(cNode, "cast"))
                cast.Add(ReadMember(r, item));

        var locations = ImmutableArray.CreateBuilder<LocationSpec>();
        if (map.TryGetValue("locations", out var lNode))
            foreach (var item in r.Sequence(lNode, "locations"))
            {
                var l = r.Fields(r.Mapping(item, "location"), "name", "kind", "seed", "latitude", "day_of_year");
                string name = r.String(l, "name", item) ?? r.Missing<string>(item, "name");
                string kindText = r.String(l, "kind", item) ?? r.Missing<string>(item, "kind");
                if (!Enum.TryParse<LocationKind>(kindText, ignoreCase: true, out var kind))
                    r.Error(l["kind"], $"unknown location kind '{kindText}': use one of {string.Join(", ", Enum.GetNames<LocationKind>().Select(n => n.ToLowerInvariant()))}");
                locations.Add(new LocationSpec(name.ToUpperInvariant(), kind,
                    r.Long(l, "seed", item, 0, long.MaxValue) ?? 1,
                    r.Double(l, "latitude", item, -89, 89) ?? 45,
                    (int)(r.Long(l, "day_of_year", item, 1, 365) ?? 172)));
            }

        double? duration = r.Double(map, "duration", root, 1, ProductionPlanner.MaxDuration);
        r.ThrowIfAny();
        return new Bible(title, seed, format, style, cast.ToImmutable(), locations.ToImmutable()) { Duration = duration };
    }

    static readonly string[] Looks = ["natural", "noir", "warm", "cold", "documentary", "pastel"];
    static readonly string[] Builds = ["slim", "average", "heavy"];
    static readonly string[] HairStyles = ["short", "long", "braid", "bun", "bald"];
    static readonly string[] Tops = ["coat", "jacket", "shirt", "dress", "raincoat", "suit", "spacesuit", "apron"];
    static readonly string[] Hats = ["none", "cap", "hat", "helmet", "hood"];

    static CastMember ReadMember(Reader r, YamlNode item)
    {
        var c = r.Fields(r.Mapping(item, "cast member"), "name", "age", "build", "height", "skin", "hair", "hair_style", "top", "top_colour", "bottom_colour", "hat", "voice");
        string name = r.String(c, "name", item) ?? r.Missing<string>(item, "name");
        var voice = new Voice("en-us+m3", 45, 160);
        if (c.TryGetValue("voice", out var vNode))
        {
            var v = r.Fields(r.Mapping(vNode, "voice"), "name", "pitch", "rate");
            voice = new Voice(r.String(v, "name", vNode) ?? "en-us+m3", (int)(r.Long(v, "pitch", vNode, 0, 99) ?? 45), (int)(r.Long(v, "rate", vNode, 80, 450) ?? 160));
        }
        return new CastMember(
            name.ToUpperInvariant(),
            (int)(r.Long(c, "age", item, 1, 120) ?? r.Missing<long>(item, "age")),
            r.OneOf(c, "build", item, Builds) ?? "average",
            r.Double(c, "height", item, 0.5, 2.5) ?? 1.72,
            r.Colour(c, "skin", item) ?? new Rgb(224, 180, 150),
            r.Colour(c, "hair", item) ?? new Rgb(70, 46, 30),
            r.OneOf(c, "hair_style", item, HairStyles) ?? "short",
            r.OneOf(c, "top", item, Tops) ?? "jacket",
            r.Colour(c, "top_colour", item) ?? new Rgb(60, 70, 90),
            r.Colour(c, "bottom_colour", item) ?? new Rgb(50, 50, 60),
            r.OneOf(c, "hat", item, Hats) ?? "none",
            voice);
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
        sb.AppendLine("cast:");
        foreach (var c in bible.Cast)
        {
            sb.AppendLine($"  - name: {Quote(c.Name)}");
            sb.AppendLine($"    age: {c.Age}");
            sb.AppendLine($"    build: {c.Build}        # slim, average, heavy");
            sb.AppendLine(string.Format(ci, "    height: {0:0.00}      # metres", c.Height));
            sb.AppendLine($"    skin: \"{c.Skin}\"");
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

        public T Missing<T>(YamlNode parent, string key)
        {
            Error(parent, $"'{key}' is required here");
            return default!;
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
                string key = (k as YamlScalarNode)?.Value ?? "";
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
