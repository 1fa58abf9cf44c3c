using System.Collections.Immutable;
using Kinora.Core;
using Kinora.World;

namespace Kinora.Audio;

/// <summary>
/// The film's foley, cut to the world's events: a footstep at every foot contact on the scene's ground (a walking
/// extra's quieter, falling off with its distance from the cast the camera is on), clothes
/// and a chair's creak when someone sits or stands, a rustle and a knock when someone picks something up. Each
/// sound is made when the mix reaches it, from its own seeded stream (seed, "foley/{index}"), and let go after,
/// so memory does not grow with the film.
/// </summary>
internal sealed class FoleyTrack
{
    /// <summary>House level of each kind before the cue's own gain, in dB of peak: footsteps sit well under the voices.</summary>
    static double LevelDb(FoleyKind kind) => kind switch
    {
        FoleyKind.Footstep => -21,
        FoleyKind.Rustle => -33,
        FoleyKind.Creak => -30,
        _ => -26,
    };

    readonly ImmutableArray<FoleyCue> cues;
    readonly long[] starts;
    readonly long seed;
    readonly List<(int Index, float[] Samples)> sounding = [];
    int next;

    public FoleyTrack(ImmutableArray<FoleyCue> cues, long seed)
    {
        this.cues = cues;
        this.seed = seed;
        starts = [.. cues.Select(c => (long)Math.Round(c.Time * AudioFormat.SampleRate))];
    }

    public ImmutableArray<FoleyCue> Cues => cues;

    /// <summary>The foley cues of a world, in time order.</summary>
    public static ImmutableArray<FoleyCue> CuesFor(WorldModel world)
    {
        var production = world.Production;
        var list = new List<FoleyCue>();
        var surfaces = production.Scenes.Select(Underfoot.For).ToArray();
        foreach (var contact in world.FootContacts())
        {
            int scene = SceneIndex(production, contact.Time);
            bool run = contact.Gait == Gait.Run;
            double weight = production.Bible.Member(contact.Actor)?.Build switch { "heavy" => 2, "slim" => -2, _ => 0 };
            list.Add(new FoleyCue(FoleyKind.Footstep, contact.Time, contact.Actor, surfaces[scene], run, (run ? 4 : 0) + weight));
        }
        for (int i = 0; i < production.Scenes.Length; i++)
            list.AddRange(ExtraFootsteps(world, i, surfaces[i]));
        for (int i = 0; i < production.Scenes.Length; i++)
        {
            foreach (var track in world.BlockingFor(i).Tracks)
            {
                foreach (var seg in track.Segments)
                {
                    double length = seg.End - seg.Start;
                    if (seg.Kind == ActorTrack.SegmentKind.SitDown)
                    {
                        list.Add(new FoleyCue(FoleyKind.Rustle, seg.Start, track.Name, surfaces[i], false, 0));
                        list.Add(new FoleyCue(FoleyKind.Creak, seg.Start + 0.75 * length, track.Name, surfaces[i], false, 0));
                    }
                    else if (seg.Kind == ActorTrack.SegmentKind.StandUp)
                    {
                        list.Add(new FoleyCue(FoleyKind.Creak, seg.Start + 0.1 * length, track.Name, surfaces[i], false, -2));
                        list.Add(new FoleyCue(FoleyKind.Rustle, seg.Start + 0.15 * length, track.Name, surfaces[i], false, 0));
                    }
                }
                foreach (var cue in track.Cues.Where(c => c.What == "reach"))
                {
                    list.Add(new FoleyCue(FoleyKind.Rustle, cue.Start, track.Name, surfaces[i], false, -2));
                    list.Add(new FoleyCue(FoleyKind.Handle, cue.Start + Math.Min(0.6, 0.5 * (cue.End - cue.Start)), track.Name, surfaces[i], false, 0));
                }
            }
        }
        return [.. list.Where(c => c.Time >= 0 && c.Time < production.Duration)
            .OrderBy(c => c.Time).ThenBy(c => c.Actor, StringComparer.Ordinal).ThenBy(c => c.Kind)];
    }

    /// <summary>An extra's footstep at <see cref="ExtraNear"/> metres from the listener, in dB under a cast member's: background, not story.</summary>
    public const double ExtraLevelDb = -8;

    /// <summary>Metres within which an extra's step is heard at <see cref="ExtraLevelDb"/>; beyond, it falls 6 dB per doubling.</summary>
    public const double ExtraNear = 2.5;

    /// <summary>Metres beyond which an extra's step is lost under the ambience (about 22 dB under its near level) and left out.</summary>
    public const double ExtraFar = 16;

    /// <summary>
    /// The footsteps of a scene's walking extras, heard from where the camera is, which is on the cast: each step falls
    /// off with its distance to the nearest cast member at that instant (the set's middle when the scene has no cast),
    /// on the scene's ground, and far ones are left out.
    /// </summary>
    static IEnumerable<FoleyCue> ExtraFootsteps(WorldModel world, int scene, Surface ground)
    {
        var plan = world.Production.Scenes[scene];
        var cast = world.BlockingFor(scene).Tracks;
        var middle = world.SetFor(scene).Stage.Centre with { Y = 0 };
        foreach (var extra in world.ExtrasFor(scene).Extras)
            foreach (var contact in extra.Track.FootContacts())
            {
                if (contact.Time < plan.Start || contact.Time >= plan.End) continue;
                double distance = cast.IsDefaultOrEmpty
                    ? Distance(contact.Position, middle)
                    : cast.Min(c => Distance(contact.Position, c.Sample(contact.Time).Position));
                if (distance > ExtraFar) continue;
                bool run = contact.Gait == Gait.Run;
                double gain = ExtraLevelDb - 20 * Math.Log10(Math.Max(distance, ExtraNear) / ExtraNear) + (run ? 4 : 0) + (extra.Child ? -3 : 0);
                yield return new FoleyCue(FoleyKind.Footstep, contact.Time, extra.Name, ground, run, gain);
            }
    }

    static double Distance(System.Numerics.Vector3 a, System.Numerics.Vector3 b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Z - b.Z) * (a.Z - b.Z));

    static int SceneIndex(Kinora.Production.Production production, double t)
    {
        for (int i = 0; i < production.Scenes.Length; i++) if (t < production.Scenes[i].End) return i;
        return production.Scenes.Length - 1;
    }

    /// <summary>Adds the foley for frames [startFrame, startFrame + left.Length), centred. Calls must move forward.</summary>
    public void AddTo(long startFrame, Span<float> left, Span<float> right)
    {
        long endFrame = startFrame + left.Length;
        while (next < cues.Length && starts[next] < endFrame)
        {
            var cue = cues[next];
            var samples = FoleySynth.Make(cue, Pcg32.For(seed, $"foley/{next}"));
            float gain = (float)AudioFormat.Gain(LevelDb(cue.Kind) + cue.GainDb);
            for (int i = 0; i < samples.Length; i++) samples[i] *= gain;
            sounding.Add((next, samples));
            next++;
        }
        for (int k = sounding.Count - 1; k >= 0; k--)
        {
            var (index, samples) = sounding[k];
            long begin = starts[index], end = begin + samples.Length;
            if (end <= startFrame) { sounding.RemoveAt(k); continue; }
            long a = Math.Max(startFrame, begin), b = Math.Min(endFrame, end);
            for (long f = a; f < b; f++)
            {
                float s = samples[f - begin];
                left[(int)(f - startFrame)] += s;
                right[(int)(f - startFrame)] += s;
            }
            if (end <= endFrame) sounding.RemoveAt(k);
        }
    }
}
