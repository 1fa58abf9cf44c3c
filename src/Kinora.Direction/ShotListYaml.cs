using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kinora.Core;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Kinora.Direction;

/// <summary>
/// shots.yaml: the shot list as a person reads and edits it. Written in words ("medium-close", "dolly-in"),
/// parsed back strictly: an unknown key, a wrong type, a value out of range, or shots that overlap or leave a gap
/// is an <see cref="InputException"/> whose diagnostics point at the line and column and say how to fix it.
/// </summary>
public static class ShotListYaml
{
    public const string FileName = "shots.yaml";

    static readonly string[] Keys = ["id", "scene", "start", "end", "size", "move", "type", "subjects", "lens_mm", "aperture", "angle", "height", "transition", "transition_out", "reason"];
    static readonly string[] Optional = ["type", "transition", "transition_out", "reason"];

    // Cuts closer than this (seconds) are the same cut; people round.
    const double Tolerance = 1e-6;

    /// <summary>The shot list as YAML text.</summary>
    public static string Write(ShotList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        text.WriteLine("# Kinora shot list. Edit freely: your version wins over the planner's while the shots still tile the film");
        text.WriteLine("# (each shot starts where the one before ends; times in seconds of film time).");
        text.WriteLine($"# size: {ShotWords.SizeChoices}");
        text.WriteLine($"# move: {ShotWords.MoveChoices}");
        text.WriteLine($"# type: {ShotWords.TypeChoices}");
        text.WriteLine($"# transition: how the film comes into the shot ({ShotWords.TransitionChoices}); transition_out: fade on the last shot fades the film out.");
        text.WriteLine("# angle: degrees round the subject (0 in front, 90 their left); height: camera metres above ground; lens_mm on full frame.");
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart());
        Plain(emitter, "shots");
        emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
        foreach (var shot in list.Shots)
        {
            emitter.Emit(new MappingStart());
            Pair(emitter, "id", shot.Id);
            Pair(emitter, "scene", shot.Scene.ToString(CultureInfo.InvariantCulture));
            Pair(emitter, "start", Number(shot.Start));
            Pair(emitter, "end", Number(shot.End));
            Pair(emitter, "size", ShotWords.Of(shot.Size));
            Pair(emitter, "move", ShotWords.Of(shot.Move));
            Pair(emitter, "type", ShotWords.Of(shot.Type));
            Plain(emitter, "subjects");
            emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
            foreach (var subject in shot.Subjects.IsDefault ? [] : shot.Subjects) Text(emitter, subject);
            emitter.Emit(new SequenceEnd());
            Pair(emitter, "lens_mm", Number(shot.FocalLength));
            Pair(emitter, "aperture", Number(shot.Aperture));
            Pair(emitter, "angle", Number(shot.Angle));
            Pair(emitter, "height", Number(shot.Height));
            Pair(emitter, "transition", ShotWords.Of(shot.TransitionIn));
            if (shot.TransitionOut != Transition.Cut) Pair(emitter, "transition_out", ShotWords.Of(shot.TransitionOut));
            Plain(emitter, "reason");
            Text(emitter, shot.Reason);
            emitter.Emit(new MappingEnd());
        }
        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    /// <summary>Writes shots.yaml without ever leaving a half-written file at path (temporary file, then rename).</summary>
    public static void Save(ShotList list, string path)
    {
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, Write(list), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads shots.yaml from disk; see <see cref="Parse"/>.</summary>
    public static ShotList Read(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>
    /// The rule for a person's shots.yaml against a fresh plan (see <see cref="ShotListMerge"/>): the edited list
    /// when it still tiles [0, duration) (re-timed onto exact cuts), else the planned one.
    /// </summary>
    public static ShotList Merge(ShotList planned, ShotList? edited, double duration) =>
        ShotListMerge.Resolve(planned, edited, duration).Shots;

    /// <summary>
    /// Parses shots.yaml text; file names the source in diagnostics. Throws <see cref="InputException"/> with every
    /// problem found.
    /// </summary>
    public static ShotList Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            throw new InputException(At(file, e.Start), $"this is not valid YAML ({Plainly(e)}); check the indentation and quoting around here");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can give up without a position (an unclosed '[' at the end of a line); the last
            // event it read is where things went wrong.
            var where = parser.Current is { } last ? At(file, last.End) : new SourceLocation(file, 1, 1);
            throw new InputException(where, "this is not valid YAML (an unclosed bracket or quote?); check the brackets and quotes around here");
        }

        var problems = new List<Diagnostic>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var where = stream.Documents.Count == 0 ? new SourceLocation(file, 1, 1) : At(file, stream.Documents[0].RootNode.Start);
            throw new InputException(where, "a shot list is a mapping with one key, 'shots:', followed by a list of shots");
        }
        if (stream.Documents.Count > 1)
            problems.Add(new Diagnostic(At(file, stream.Documents[1].RootNode.Start), "only one YAML document is allowed; remove the second '---' and what follows"));

        YamlSequenceNode? list = null;
        foreach (var (key, value) in root.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (name == "shots")
            {
                if (value is YamlSequenceNode sequence) list = sequence;
                else problems.Add(new Diagnostic(At(file, value.Start), "'shots' must be a list: one '- id: ...' entry per shot"));
            }
            else problems.Add(new Diagnostic(At(file, key.Start), $"unknown key '{name}'; the only top-level key is 'shots'"));
        }
        if (list is null && problems.Count == 0)
            problems.Add(new Diagnostic(At(file, root.Start), "missing 'shots:'; add 'shots:' followed by the list of shots"));

        var shots = new List<(Shot Shot, YamlMappingNode Node)>();
        if (list is not null)
        {
            foreach (var item in list.Children)
            {
                if (item is not YamlMappingNode node)
                {
                    problems.Add(new Diagnostic(At(file, item.Start), "each shot is a mapping of keys (id, scene, start, end, ...); start it with '- id:'"));
                    continue;
                }
                if (ReadShot(node, file, problems) is { } shot) shots.Add((shot, node));
            }
            if (list.Children.Count == 0) problems.Add(new Diagnostic(At(file, list.Start), "the shot list is empty; list at least one shot"));
        }

        CheckIds(shots, file, problems);
        // Tiling is only judged once every shot reads cleanly; a broken shot would make every later cut look wrong.
        if (problems.Count == 0) CheckTiling(shots, file, problems);
        if (problems.Count > 0) throw new InputException(problems);

        // Snap each start onto the previous end, so the list tiles exactly even where a person rounded.
        var result = ImmutableArray.CreateBuilder<Shot>(shots.Count);
        for (int i = 0; i < shots.Count; i++)
            result.Add(i == 0 ? shots[i].Shot : shots[i].Shot with { Start = result[i - 1].End });
        return new ShotList(result.MoveToImmutable());
    }

    static Shot? ReadShot(YamlMappingNode node, string file, List<Diagnostic> problems)
    {
        int before = problems.Count;
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(name))
            {
                string? near = Keys.FirstOrDefault(k => Near(k, name));
                problems.Add(new Diagnostic(At(file, key.Start),
                    $"unknown key '{name}'" + (near is null ? "" : $"; did you mean '{near}'?") + $" The keys of a shot are {string.Join(", ", Keys)}"));
                continue;
            }
            values[name] = value;
        }
        string id = values.TryGetValue("id", out var idNode) ? ScalarText(idNode, "id", "a short name such as s001-01", file, problems) ?? "" : "";
        string label = id.Length > 0 ? $"shot {id}" : "this shot";
        foreach (var key in Keys.Except(Optional))
            if (!values.ContainsKey(key)) problems.Add(new Diagnostic(At(file, node.Start), $"{label} has no '{key}'; add '{key}: ...'"));
        if (values.ContainsKey("id") && id.Trim().Length == 0) problems.Add(new Diagnostic(At(file, idNode!.Start), "id is empty; give the shot a name such as s001-01"));

        int scene = Integer(values, "scene", 0, 100_000, file, problems);
        double start = Real(values, "start", 0, 1e6, "seconds of film time", file, problems);
        double end = Real(values, "end", 0, 1e6, "seconds of film time", file, problems);
        if (values.ContainsKey("start") && values.ContainsKey("end") && problems.Count == before && !(end > start))
            problems.Add(new Diagnostic(At(file, values["end"].Start), $"{label} ends at {Number(end)} s, not after its start {Number(start)} s; make end later than start"));

        var size = Word<ShotSize>(values, "size", ShotWords.TryParse, ShotWords.SizeChoices, file, problems);
        var move = Word<CameraMove>(values, "move", ShotWords.TryParse, ShotWords.MoveChoices, file, problems);
        var type = values.ContainsKey("type") ? Word<ShotType>(values, "type", ShotWords.TryParse, ShotWords.TypeChoices, file, problems) : ShotType.Single;

        var subjects = ImmutableArray.CreateBuilder<string>();
        if (values.TryGetValue("subjects", out var subjectNode))
        {
            if (subjectNode is YamlSequenceNode names)
            {
                foreach (var n in names.Children)
                {
                    if (n is YamlScalarNode { Value: { Length: > 0 } v } && v.Trim().Length > 0) subjects.Add(v.Trim());
                    else problems.Add(new Diagnostic(At(file, n.Start), "each subject is a character's name, as in subjects: [ADA, BEN]"));
                }
            }
            else problems.Add(new Diagnostic(At(file, subjectNode.Start), "subjects must be a list of names, as in subjects: [ADA, BEN] (or [] for the empty set)"));
        }
        if (type is ShotType.TwoShot && subjects.Count < 2 && problems.Count == before && subjectNode is not null)
            problems.Add(new Diagnostic(At(file, subjectNode.Start), "a two-shot needs two subjects; name both, as in subjects: [ADA, BEN]"));

        double lens = Real(values, "lens_mm", 8, 1200, "millimetres (full-frame focal length, 8 to 1200)", file, problems);
        double aperture = Real(values, "aperture", 0.7, 64, "an f-number (0.7 to 64)", file, problems);
        double angle = Real(values, "angle", -180, 180, "degrees round the subject (-180 to 180)", file, problems);
        double height = Real(values, "height", 0.1, 200, "metres above the ground (0.1 to 200)", file, problems);
        var transitionIn = values.ContainsKey("transition")
            ? Word<Transition>(values, "transition", ShotWords.TryParse, ShotWords.TransitionChoices, file, problems) : Transition.Cut;
        var transitionOut = values.ContainsKey("transition_out")
            ? Word<Transition>(values, "transition_out", ShotWords.TryParse, ShotWords.TransitionChoices, file, problems) : Transition.Cut;
        string reason = values.TryGetValue("reason", out var reasonNode) ? ScalarText(reasonNode, "reason", "a sentence", file, problems) ?? "" : "";

        if (problems.Count > before) return null;
        return new Shot(id.Trim(), scene, start, end, size, move, subjects.ToImmutable(), lens, aperture, angle, height, reason)
            { Type = type, TransitionIn = transitionIn, TransitionOut = transitionOut };
    }

    static void CheckIds(List<(Shot Shot, YamlMappingNode Node)> shots, string file, List<Diagnostic> problems)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (shot, node) in shots)
            if (!ids.Add(shot.Id))
                problems.Add(new Diagnostic(At(file, (Value(node, "id") ?? node).Start), $"id '{shot.Id}' is used twice; give each shot its own id"));
    }

    static void CheckTiling(List<(Shot Shot, YamlMappingNode Node)> shots, string file, List<Diagnostic> problems)
    {
        for (int i = 0; i < shots.Count; i++)
        {
            var (shot, node) = shots[i];
            var startNode = Value(node, "start") ?? node;
            if (i == 0)
            {
                if (Math.Abs(shot.Start) > Tolerance)
                    problems.Add(new Diagnostic(At(file, startNode.Start), $"the first shot starts at {Number(shot.Start)} s, leaving the film's opening uncovered; set start: 0"));
                continue;
            }
            var before = shots[i - 1].Shot;
            double gap = shot.Start - before.End;
            if (gap > Tolerance)
                problems.Add(new Diagnostic(At(file, startNode.Start),
                    $"shot {shot.Id} starts at {Number(shot.Start)} s but {before.Id} ends at {Number(before.End)} s, leaving a gap; set start: {Number(before.End)} (or move {before.Id}'s end)"));
            else if (gap < -Tolerance)
                problems.Add(new Diagnostic(At(file, startNode.Start),
                    $"shot {shot.Id} starts at {Number(shot.Start)} s, before {before.Id} ends at {Number(before.End)} s, so they overlap; set start: {Number(before.End)} (or move {before.Id}'s end); shots are listed in film order"));
        }
    }

    // ---- scalars ----

    delegate bool Parser<T>(string word, out T value);

    static T Word<T>(Dictionary<string, YamlNode> values, string key, Parser<T> parse, string choices, string file, List<Diagnostic> problems) where T : struct
    {
        if (!values.TryGetValue(key, out var node)) return default;
        string? text = ScalarText(node, key, $"one of {choices}", file, problems);
        if (text is null) return default;
        if (parse(text, out var value)) return value;
        problems.Add(new Diagnostic(At(file, node.Start), $"{key} '{text}' is not one I know; use one of {choices}"));
        return default;
    }

    static int Integer(Dictionary<string, YamlNode> values, string key, int min, int max, string file, List<Diagnostic> problems)
    {
        if (!values.TryGetValue(key, out var node)) return 0;
        string? text = ScalarText(node, key, "a whole number", file, problems);
        if (text is null) return 0;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
        {
            problems.Add(new Diagnostic(At(file, node.Start), $"{key} must be a whole number, not '{text}'"));
            return 0;
        }
        if (value < min || value > max)
            problems.Add(new Diagnostic(At(file, node.Start), $"{key} {value} is out of range; use {min} to {max}"));
        return value;
    }

    static double Real(Dictionary<string, YamlNode> values, string key, double min, double max, string unit, string file, List<Diagnostic> problems)
    {
        if (!values.TryGetValue(key, out var node)) return 0;
        string? text = ScalarText(node, key, $"a number in {unit}", file, problems);
        if (text is null) return 0;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            problems.Add(new Diagnostic(At(file, node.Start), $"{key} must be a number in {unit}, not '{text}'"));
            return 0;
        }
        if (value < min || value > max)
            problems.Add(new Diagnostic(At(file, node.Start), $"{key} {Number(value)} is out of range; use {unit}, {Number(min)} to {Number(max)}"));
        return value;
    }

    static string? ScalarText(YamlNode node, string key, string expected, string file, List<Diagnostic> problems)
    {
        if (node is YamlScalarNode scalar) return scalar.Value ?? "";
        problems.Add(new Diagnostic(At(file, node.Start), $"{key} must be a single value ({expected}), not a {(node is YamlSequenceNode ? "list" : "mapping")}"));
        return null;
    }

    static YamlNode? Value(YamlMappingNode node, string key) =>
        node.Children.FirstOrDefault(p => (p.Key as YamlScalarNode)?.Value == key).Value;

    static SourceLocation At(string file, Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    static string Plainly(YamlException e)
    {
        // YamlDotNet prefixes its own "(Line: …)" position; ours is already in the diagnostic.
        string message = e.InnerException?.Message ?? e.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    static bool Near(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2 || b.Length == 0) return false;
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
        return d[a.Length, b.Length] <= 2;
    }

    static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    static void Plain(IEmitter emitter, string value) => emitter.Emit(new Scalar(null, null, value, ScalarStyle.Plain, true, false));

    static void Text(IEmitter emitter, string value) => emitter.Emit(new Scalar(value));

    static void Pair(IEmitter emitter, string key, string value)
    {
        Plain(emitter, key);
        Text(emitter, value);
    }
}
