using System.Collections.Immutable;
using System.Numerics;
using Kinora.Core;
using Kinora.Production;
using Kinora.Script;

namespace Kinora.World.Tests;

/// <summary>Hand-built productions for the world's tests.</summary>
static class Staging
{
    /// <summary>Vertex v of a body mesh level, skinned by its four weighted joints.</summary>
    public static Vector3 Skinned(BodyMeshLevel level, int v, IReadOnlyList<Matrix4x4> skin)
    {
        var p = Vector3.Zero;
        for (int i = 0; i < 4; i++)
        {
            float w = level.Weights[v * 4 + i];
            if (w > 0) p += Vector3.Transform(level.Positions[v], skin[level.Joints[v * 4 + i]]) * w;
        }
        return p;
    }

    public static readonly SourceLocation Nowhere = SourceLocation.None("test.fountain");

    public static CastMember Member(string name, double height = 1.75, int age = 35, string build = "average", string top = "jacket", string hair = "short", string hat = "none") =>
        new(name, age, build, height, new Rgb(200, 160, 130), new Rgb(60, 40, 30), hair, top, new Rgb(40, 60, 120), new Rgb(50, 50, 60), hat, new Voice("en-us", 50, 170));

    public static Beat Say(int i, double start, double end, string who, string to) =>
        new(i, start, end, BeatKind.Dialogue, who, to, "talk", "Some words.", null, Nowhere);

    public static Beat Do(int i, double start, double end, string who, string verb, string? target = null) =>
        new(i, start, end, BeatKind.Action, who, target, verb, $"{who} {verb}s.", null, Nowhere);

    public static ScenePlan Scene(int index, LocationSpec where, double start, double end, string[] cast, Beat[] beats, double hour = 12, string weather = "clear") =>
        new(index, "EXT. SOMEWHERE - DAY", where, false, new StoryTime(where.DayOfYear, hour), weather, start, end, [.. cast], [.. beats], "CUT", Nowhere);

    public static Kinora.Production.Production Film(IEnumerable<CastMember> cast, params ScenePlan[] scenes)
    {
        var locations = scenes.Select(s => s.Location).Distinct().ToImmutableArray();
        var bible = new Bible("Test", 7, new FilmFormat(640, 360, 24), new Style("natural", 0), [.. cast], locations);
        return new Kinora.Production.Production(new Screenplay("test.fountain", [], []), bible, [.. scenes]);
    }

    /// <summary>Two people on a set: they talk, one walks away, they talk again, the other walks up to the first.</summary>
    public static Kinora.Production.Production WalkAndTalk(LocationKind kind, long seed = 11, double hour = 12)
    {
        var where = new LocationSpec("Place", kind, seed, 40, 80);
        var scene = Scene(0, where, 0, 24, ["ADA", "BEN"],
        [
            Say(0, 0, 3, "ADA", "BEN"),
            Do(1, 3, 9, "ADA", "walk"),
            Say(2, 9, 12, "BEN", "ADA"),
            Do(3, 12, 18, "BEN", "walk", "ADA"),
            Say(4, 18, 21, "ADA", "BEN"),
            Do(5, 21, 24, "BEN", "gesture"),
        ], hour);
        return Film([Member("ADA", 1.65, 70, "slim", "coat", "bun"), Member("BEN", 1.85, 30, "heavy", "raincoat", "short", "cap")], scene);
    }
}
