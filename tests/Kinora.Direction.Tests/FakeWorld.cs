using System.Collections.Immutable;
using System.Numerics;
using Kinora.Core;
using Kinora.Production;
using Kinora.Script;
using Kinora.World;

namespace Kinora.Direction.Tests;

/// <summary>
/// A world staged by hand, repeating one block of two scenes. Scene A (30 s, a street, exterior): ADA and BEN
/// stand 2 m apart facing each other and talk. Scene B (22 s, a kitchen, interior with a 3 m ceiling and walls):
/// ADA walks 10 m across the room, turns to BEN, and they speak. Both sets are 20 m across, with obstacles.
/// </summary>
internal sealed class FakeWorld : IWorldView
{
    public const double BlockLength = 52;
    const double SceneALength = 30;

    static readonly Vector3 AdaMark = new(-1, 0, 0), BenMark = new(1, 0, 0);
    static readonly Vector3 WalkFrom = new(-5, 0, 3), WalkTo = new(5, 0, 3), BenKitchen = new(6.5f, 0, 1);

    readonly SetGeometry street, kitchen;
    readonly Dictionary<string, float> heights = new() { ["ADA"] = 1.75f, ["BEN"] = 1.85f };

    FakeWorld(Kinora.Production.Production production)
    {
        Production = production;
        street = new SetGeometry("street/1", [], new Aabb(new Vector3(-10, 0, -10), new Vector3(10, 0, 10)),
            [
                new Aabb(new Vector3(-20, 0, -16), new Vector3(20, 8, -9)),        // a row of buildings
                new Aabb(new Vector3(2.8f, 0, 1.8f), new Vector3(3.2f, 4, 2.2f)),  // a lamp post
            ],
            [AdaMark, BenMark], false, 0);
        kitchen = new SetGeometry("kitchen/2", [], new Aabb(new Vector3(-9.7f, 0, -9.7f), new Vector3(9.7f, 0, 9.7f)),
            [
                new Aabb(new Vector3(-10, 0, -10), new Vector3(10, 3, -9.7f)),
                new Aabb(new Vector3(-10, 0, 9.7f), new Vector3(10, 3, 10)),
                new Aabb(new Vector3(-10, 0, -10), new Vector3(-9.7f, 3, 10)),
                new Aabb(new Vector3(9.7f, 0, -10), new Vector3(10, 3, 10)),
                new Aabb(new Vector3(-1, 0, -2.5f), new Vector3(1, 0.9f, -1.5f)),  // the table
                new Aabb(new Vector3(7.5f, 0, 2.5f), new Vector3(9.7f, 2.2f, 6)), // a dresser
            ],
            [WalkFrom, WalkTo, BenKitchen], true, 3);
    }

    public Kinora.Production.Production Production { get; }

    /// <summary>A film of `blocks` repetitions of the two scenes (52 s each).</summary>
    public static FakeWorld Film(int blocks = 1, long seed = 7, int fps = 24)
    {
        var street = new LocationSpec("STREET", LocationKind.Street, 11, 51.5, 172);
        var kitchen = new LocationSpec("KITCHEN", LocationKind.Kitchen, 12, 51.5, 172);
        var scenes = ImmutableArray.CreateBuilder<ScenePlan>();
        for (int k = 0; k < blocks; k++)
        {
            double o = k * BlockLength;
            int a = 2 * k, b = 2 * k + 1;
            scenes.Add(new ScenePlan(a, "EXT. STREET - DAY", street, false, new StoryTime(172, 10), "clear", o, o + SceneALength, ["ADA", "BEN"],
            [
                new Beat(0, o + 0, o + 4, BeatKind.Establish, null, null, "establish", "A quiet street.", null, Where(1)),
                new Beat(1, o + 4, o + 8, BeatKind.Dialogue, "ADA", "BEN", "talk", "You came back.", null, Where(3)),
                new Beat(2, o + 8, o + 11.5, BeatKind.Dialogue, "BEN", "ADA", "talk", "I said I would.", null, Where(6)),
                new Beat(3, o + 11.5, o + 14, BeatKind.Dialogue, "ADA", "BEN", "talk", "You said a lot of things.", null, Where(9)),
                new Beat(4, o + 14, o + 20, BeatKind.Dialogue, "BEN", "ADA", "talk", "I never told you the truth about that night.", "quietly", Where(12)),
                new Beat(5, o + 20, o + 22.5, BeatKind.Dialogue, "ADA", "BEN", "talk", "Then tell me now.", null, Where(15)),
                new Beat(6, o + 22.5, o + 30, BeatKind.Dialogue, "BEN", "ADA", "talk", "It was me at the door. It was always me.", null, Where(18)),
            ], "CUT", Where(1)));
            scenes.Add(new ScenePlan(b, "INT. KITCHEN - DAY", kitchen, true, new StoryTime(172, 11), "clear", o + SceneALength, o + BlockLength, ["ADA", "BEN"],
            [
                new Beat(0, o + 30, o + 34, BeatKind.Establish, null, null, "establish", "A small kitchen.", null, Where(21)),
                new Beat(1, o + 34, o + 42, BeatKind.Action, "ADA", null, "walk", "Ada crosses the room.", null, Where(23)),
                new Beat(2, o + 42, o + 46, BeatKind.Dialogue, "BEN", "ADA", "talk", "Where are you going?", null, Where(25)),
                new Beat(3, o + 46, o + 52, BeatKind.Dialogue, "ADA", "BEN", "talk", "Out. Don't wait up.", null, Where(28)),
            ], "CUT", Where(20)));
        }
        var bible = new Bible("Test", seed, new FilmFormat(1280, 720, fps), new Style("natural", 0),
        [
            new CastMember("ADA", 34, "slim", 1.75, new Rgb(200, 160, 130), new Rgb(40, 30, 20), "long", "coat", new Rgb(90, 20, 20), new Rgb(20, 20, 30), "none", new Voice("en-us+f3", 50, 160)),
            new CastMember("BEN", 40, "average", 1.85, new Rgb(180, 140, 110), new Rgb(20, 20, 20), "short", "jacket", new Rgb(30, 40, 90), new Rgb(30, 30, 30), "none", new Voice("en-us+m3", 40, 150)),
        ],
        [street, kitchen]);
        var screenplay = new Screenplay("test.fountain", [], []);
        return new FakeWorld(new Kinora.Production.Production(screenplay, bible, scenes.ToImmutable()));
    }

    static SourceLocation Where(int line) => new("test.fountain", line, 1);

    public SetGeometry SetFor(int sceneIndex) => sceneIndex % 2 == 0 ? street : kitchen;

    public ActorState? Actor(string name, double t)
    {
        if (!heights.TryGetValue(name, out float height)) return null;
        if (t < 0 || t >= Production.Duration + 1) return null;
        double local = t - Math.Floor(Math.Min(t, Production.Duration - 1e-9) / BlockLength) * BlockLength;
        bool inKitchen = local >= SceneALength;
        Vector3 position, velocity = Vector3.Zero;
        double facing;
        if (!inKitchen)
        {
            position = name == "ADA" ? AdaMark : BenMark;
            facing = name == "ADA" ? -Math.PI / 2 : Math.PI / 2; // facing each other along X
        }
        else if (name == "BEN")
        {
            position = BenKitchen;
            double scene = local - SceneALength;
            facing = scene < 8 ? Math.PI / 2 : Yaw(WalkTo - BenKitchen);
        }
        else
        {
            // ADA's walk: 34..42 s, a minimum-jerk start and stop, then she turns to BEN over 42..43 s.
            double u = Math.Clamp((local - 34) / 8, 0, 1);
            double s = u * u * u * (10 + u * (-15 + 6 * u));
            double ds = local is > 34 and < 42 ? 30 * u * u * (1 - u) * (1 - u) / 8 : 0;
            position = Vector3.Lerp(WalkFrom, WalkTo, (float)s);
            velocity = (WalkTo - WalkFrom) * (float)ds;
            double turn = Math.Clamp(local - 42, 0, 1);
            double turned = turn * turn * turn * (10 + turn * (-15 + 6 * turn));
            double toBen = Yaw(BenKitchen - WalkTo);
            facing = -Math.PI / 2 + Wrap(toBen + Math.PI / 2) * turned;
        }
        float yaw = (float)facing;
        var forward = new Vector3(-MathF.Sin(yaw), 0, -MathF.Cos(yaw));
        var eyes = position + new Vector3(0, 0.93f * height, 0) + forward * 0.09f;
        bool speaking = Production.SceneAt(t).Beats.Any(b => b.Kind == BeatKind.Dialogue && b.Subject == name && t >= b.Start && t < b.End);
        return new ActorState(name, position, yaw, eyes, height, velocity, speaking);
    }

    static double Yaw(Vector3 v) => Math.Atan2(-v.X, -v.Z);

    static double Wrap(double a) => Math.IEEERemainder(a, 2 * Math.PI);
}
