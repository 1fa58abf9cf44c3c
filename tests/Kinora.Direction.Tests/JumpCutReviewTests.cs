namespace Kinora.Direction.Tests;

/// <summary>
/// The review keeps the 30° rule on the tracks themselves: a shot whose camera lands within 30° of the last shot of
/// the same subject is swung further round them, or changed by two sizes, and shots.yaml records it in the shot's
/// own fields, so its track stays a function of the shot alone.
/// </summary>
public sealed class JumpCutReviewTests
{
    [Fact]
    public void A_cut_to_her_from_nearly_the_same_angle_is_swung_round_by_the_review()
    {
        var world = FakeWorld.Film();
        var a = new Shot("a", 0, 4, 8, ShotSize.Medium, CameraMove.Static, ["ADA"], 50, 2.8, 30, 1.6, "her look");
        var b = new Shot("b", 0, 8, 11.5, ShotSize.MediumClose, CameraMove.Static, ["ADA"], 75, 2.2, 40, 1.6, "closer on her");
        Assert.Equal(1, CoverageReport.Compute(new ShotList([a, b]), world).JumpCuts);

        var reviewed = ShotReview.Review([a, b], world);
        Assert.Equal(a, reviewed[0]);
        var mended = reviewed[1];
        Assert.Contains("so the cut is not a jump", mended.Reason);
        Assert.True(Math.Abs(mended.Angle - b.Angle) >= 30 || Math.Abs((int)mended.Size - (int)a.Size) >= 2, $"{mended.Size} at {mended.Angle}°");

        // Measured again from the shots alone, as `kinora check` and the renderer build the tracks.
        var report = CoverageReport.Compute(new ShotList(reviewed), world);
        Assert.Equal(0, report.JumpCuts);
        Assert.True(report.Shots[1].Visibility >= 0.9, $"she is seen in {report.Shots[1].Visibility:P0} of the mended shot");
    }
}
