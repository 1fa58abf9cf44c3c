using System.Collections.Immutable;
using Kinora.Script;

namespace Kinora.Production;

/// <summary>A screenplay resolved against its bible and laid out on the film clock: the input to the world and the crew.</summary>
public sealed record Production(Screenplay Screenplay, Bible Bible, ImmutableArray<ScenePlan> Scenes)
{
    /// <summary>Length of the film in seconds.</summary>
    public double Duration => Scenes.Length == 0 ? 0 : Scenes[^1].End;

    public int FrameCount => (int)Math.Round(Duration * Bible.Format.Fps);

    public ScenePlan SceneAt(double t)
    {
        foreach (var s in Scenes) if (t < s.End) return s;
        return Scenes[^1];
    }
}
