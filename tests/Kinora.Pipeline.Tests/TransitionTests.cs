using Kinora.Direction;

namespace Kinora.Pipeline.Tests;

/// <summary>The screenplay's FADE TO:, DISSOLVE TO: and FADE OUT. on screen, at 320×180.</summary>
public sealed class TransitionTests : IDisposable
{
    const string Screenplay = """
        Title: Fades

        EXT. BEACH - DAY

        MAYA walks along the shore toward the rocks.

        FADE TO:

        INT. DINER - NIGHT

        MAYA sits at the counter and drinks her coffee.

        DISSOLVE TO:

        EXT. BEACH - DAWN

        MAYA stands at the water's edge and watches the sea.

        > FADE OUT.
        """;

    readonly string dir = Directory.CreateTempSubdirectory("kinora-cutting-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Fades_go_through_black_and_dissolves_mix_the_two_shots()
    {
        string screenplay = Path.Combine(dir, "fades.fountain");
        File.WriteAllText(screenplay, Screenplay);
        var plan = Planning.Plan(new FilmSource.ScreenplayFile(screenplay), new PlanOverrides(Duration: 9, Width: 320, Height: 180, Seed: 1));
        var shots = plan.Shots.Shots;
        var scenes = plan.Production.Scenes;
        Assert.Equal(3, scenes.Length);
        var intoDiner = shots.First(s => s.Scene == scenes[1].Index);
        var intoDawn = shots.First(s => s.Scene == scenes[2].Index);
        Assert.Equal(Transition.Fade, intoDiner.TransitionIn);
        Assert.Equal(Transition.Dissolve, intoDawn.TransitionIn);
        Assert.Equal(Transition.Fade, shots[^1].TransitionOut);
        Assert.All(shots.Where(s => s != intoDiner && s != intoDawn), s => Assert.Equal(Transition.Cut, s.TransitionIn));

        string film = Path.Combine(dir, "fades.mp4");
        Shoot.Run(plan, new ShootOptions(film) { CacheDirectory = Path.Combine(dir, "cache") });
        var luma = Films.MeanLuma(film);
        int fps = plan.Production.Bible.Format.Fps;
        Assert.Equal(plan.Production.FrameCount, luma.Length);

        // Black at the fade's cut and at the film's last frame; full picture well away from them.
        int fade = (int)Math.Round(intoDiner.Start * fps);
        Assert.InRange(luma[fade], 0.0, 3.0);
        Assert.True(luma[fade - fps / 2 - 2] > 30 && luma[fade + fps / 2 + 2] > 25, $"{luma[fade - fps / 2 - 2]:0.0} / {luma[fade + fps / 2 + 2]:0.0}");
        Assert.True(luma[fade - 3] < luma[fade - fps / 2 - 2], "the picture darkens into the fade");
        Assert.InRange(luma[^1], 0.0, 3.0);

        // The dissolve never passes through black: the night diner brightens into the dawn beach over a second.
        int dissolve = (int)Math.Round(intoDawn.Start * fps);
        var across = luma[(dissolve - fps / 2)..(dissolve + fps / 2)];
        Assert.True(across.Min() > 4, $"darkest frame of the dissolve {across.Min():0.0}");
        double largestStep = 0;
        for (int i = 1; i < across.Length; i++) largestStep = Math.Max(largestStep, Math.Abs(across[i] - across[i - 1]));
        double change = Math.Abs(luma[dissolve + fps / 2 + 1] - luma[dissolve - fps / 2 - 1]);
        Assert.True(largestStep < 0.35 * change + 1, $"a step of {largestStep:0.0} in a change of {change:0.0}: that is a cut, not a dissolve: {string.Join(" ", luma[(dissolve - fps)..(dissolve + fps)].Select(l => l.ToString("0")))}");
    }

    [Fact]
    public void A_dissolve_is_even_at_its_cut_and_a_fade_is_black_there()
    {
        Shot Make(string id, double start, double end, Transition into = Transition.Cut) =>
            new(id, 1, start, end, ShotSize.Medium, CameraMove.Static, ["MAYA"], 50, 4, 0, 1.6, "") { TransitionIn = into };
        var shots = new[] { Make("a", 0, 4), Make("b", 4, 8, Transition.Dissolve), Make("c", 8, 12, Transition.Fade) };

        var atCut = Cutting.At(shots, 1, 4.0);
        Assert.Equal((1, 0, 0.5f), (atCut.Shot, atCut.Other, atCut.Mix));
        var before = Cutting.At(shots, 0, 4.0 - 1e-6);
        Assert.Equal(1, before.Other);
        Assert.Equal(0.5, before.Mix, 3);
        Assert.Equal(0, Cutting.At(shots, 0, 3.4).Mix, 3);
        Assert.False(Cutting.At(shots, 1, 4.6).Mixed);

        Assert.Equal(0, Cutting.At(shots, 2, 8.0).Gain, 3);
        Assert.Equal(0.5, Cutting.At(shots, 1, 8.0 - Cutting.FadeSeconds / 2).Gain, 3);
        Assert.Equal(1, Cutting.At(shots, 2, 8.0 + Cutting.FadeSeconds).Gain, 3);
        Assert.Equal(1, Cutting.At(shots, 2, 11.9).Gain, 3);
        var fadingOut = new[] { shots[0], shots[1], shots[2] with { TransitionOut = Transition.Fade } };
        Assert.Equal(0, Cutting.At(fadingOut, 2, 12 - Cutting.EndOnBlack / 2).Gain, 3);
        Assert.Equal(0.5, Cutting.At(fadingOut, 2, 12 - Cutting.EndOnBlack - (Cutting.FadeSeconds - Cutting.EndOnBlack) / 2).Gain, 3);
    }
}
