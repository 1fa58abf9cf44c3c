using Kinora.Direction;

namespace Kinora.Pipeline.Tests;

/// <summary>The sample prompts' 30-second films at 640×360 as the contact-sheet reviews plan them and look through the lens.</summary>
static class ReviewFilms
{
    public static FilmPlan Plan(string prompt) => Planning.Plan(new FilmSource.Prompt(prompt), new PlanOverrides(Duration: 30, Width: 640, Height: 360));

    /// <summary>Every shot's camera at film times from its start, every `every` seconds.</summary>
    public static IEnumerable<(Shot Shot, CameraTrack Track, double T, CameraFrame Camera)> Frames(FilmPlan plan, double every)
    {
        foreach (var shot in plan.Shots.Shots)
        {
            var track = CameraTrack.For(shot, plan.World);
            for (double t = shot.Start; t < shot.End; t += every) yield return (shot, track, t, track.Sample(t));
        }
    }
}
