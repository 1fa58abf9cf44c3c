using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// The shot's subjects sampled once at the track's fixed substeps, so the track is built from one consistent
/// table. A subject missing at some instants (entering, leaving) holds their nearest known state; one who never
/// appears is left out.
/// </summary>
internal sealed class SubjectSamples
{
    readonly ActorState[][] states;

    public SubjectSamples(IWorldView world, IReadOnlyList<string> names, double start, double step, int count)
    {
        Start = start;
        Step = step;
        var columns = new List<ActorState[]>();
        foreach (var name in names)
        {
            var column = new ActorState?[count];
            bool any = false;
            for (int i = 0; i < count; i++)
            {
                column[i] = world.Subject(name, start + i * step);
                any |= column[i] is not null;
            }
            if (!any) continue;
            int first = Array.FindIndex(column, s => s is not null);
            for (int i = 0; i < first; i++) column[i] = column[first];
            for (int i = first + 1; i < count; i++) column[i] ??= column[i - 1];
            columns.Add(column.Select(s => s!.Value).ToArray());
        }
        states = new ActorState[count][];
        for (int i = 0; i < count; i++) states[i] = columns.Select(c => c[i]).ToArray();
    }

    public double Start { get; }
    public double Step { get; }
    public int Count => states.Length;
    public bool Anyone => states.Length > 0 && states[0].Length > 0;

    public IReadOnlyList<ActorState> At(int i) => states[Math.Clamp(i, 0, states.Length - 1)];

    public int IndexOf(double t) => (int)Math.Round((t - Start) / Step);
}
