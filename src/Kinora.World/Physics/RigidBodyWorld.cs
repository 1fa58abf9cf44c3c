using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Props under gravity: boxes, spheres and cylinders that fall, bounce, slide, tumble and come to rest on a
/// ground plane, on the set's static boxes and on each other, and bounce off people (capsules that move with them). A fixed step of 1/240 s; sequential impulses for
/// contact and friction, then a position pass that pushes every overlap apart so nothing ever sinks into the
/// ground or another thing; bodies that stay still fall asleep. Deterministic: same inputs, same poses.
/// </summary>
public sealed class RigidBodyWorld
{
    /// <summary>The fixed time step, in seconds.</summary>
    public const float Step = 1f / 240;

    /// <summary>Standard gravity, m/s².</summary>
    public const float Gravity = 9.81f;

    const int VelocityIterations = 12, PositionIterations = 8;
    const float Margin = 0.01f;          // contacts are kept from this far apart (metres), so resting stays resting
    const float BounceSpeed = 0.5f;      // slower impacts than this (m/s) do not bounce
    const float SleepSpeed = 0.04f, SleepSpin = 0.12f, SleepAfter = 0.3f;
    const float RollingResistance = 0.08f; // rolling-resistance coefficient: a rolling body loses about 0.08 g of speed

    sealed class Body(BodySpec spec, RigidPose pose, Vector3 velocity, Vector3 spin)
    {
        public readonly BodySpec Spec = spec;
        public readonly float InverseMass = 1 / spec.Mass;
        public readonly Vector3 InverseInertia = Vector3.One / spec.Inertia;
        public RigidPose Pose = pose;
        public Vector3 Velocity = velocity, Spin = spin;
        public bool Asleep, Held;
        public float StillFor;
        public bool Touching;
        public int PassOwner = -1, PassSteps;

        /// <summary>True when the solver may move it: awake and not in someone's hands.</summary>
        public bool Moving => !Asleep && !Held;

        public Vector3 InverseInertiaTimes(Vector3 v)
        {
            var q = Pose.Orientation;
            var local = Vector3.Transform(v, Quaternion.Conjugate(q)) * InverseInertia;
            return Vector3.Transform(local, q);
        }
    }

    readonly List<Body> bodies = [];
    readonly Aabb[] statics;
    readonly List<Contact> contacts = [];
    readonly List<Vector3> points = [];
    readonly List<Capsule> people = [];

    /// <summary>How long a prop let go of may pass through the arms of whoever let it go, in seconds.</summary>
    public const float PassTime = 0.35f;

    /// <summary>The height of the ground plane, metres.</summary>
    public float Ground { get; }

    /// <summary>A world with a ground plane at height ground and the set's solid boxes, which never move.</summary>
    public RigidBodyWorld(float ground, IEnumerable<Aabb> staticBoxes)
    {
        Ground = ground;
        statics = [.. staticBoxes];
    }

    public int Count => bodies.Count;

    /// <summary>Adds a body; asleep means it rests where it is until something hits it or an event wakes it. Returns its index.</summary>
    public int Add(BodySpec spec, RigidPose pose, Vector3 velocity = default, Vector3 spin = default, bool asleep = false)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Mass <= 0) throw new ArgumentOutOfRangeException(nameof(spec), "a body needs a positive mass");
        bodies.Add(new Body(spec, pose, velocity, spin) { Asleep = asleep });
        return bodies.Count - 1;
    }

    public BodySpec SpecOf(int i) => bodies[i].Spec;
    public RigidPose PoseOf(int i) => bodies[i].Pose;
    public Vector3 VelocityOf(int i) => bodies[i].Velocity;
    public Vector3 SpinOf(int i) => bodies[i].Spin;
    public bool IsAsleep(int i) => bodies[i].Asleep;
    public bool IsHeld(int i) => bodies[i].Held;

    /// <summary>Whether every body is asleep or held: stepping on changes nothing.</summary>
    public bool Settled => bodies.All(b => !b.Moving);

    /// <summary>
    /// The people on the set now, as capsules (set before each step as they move): kinematic colliders that props
    /// bounce off and are pushed out of, but that no prop moves.
    /// </summary>
    public void SetPeople(IEnumerable<Capsule> capsules)
    {
        people.Clear();
        people.AddRange(capsules);
    }

    /// <summary>
    /// Puts a body where it is and sets it moving (a release from the hand, a throw). passOwner is whoever let it
    /// go: for <see cref="PassTime"/> it may pass their own body's capsules, which it starts inside.
    /// </summary>
    public void Release(int i, RigidPose pose, Vector3 velocity, Vector3 spin, int passOwner = -1)
    {
        var b = bodies[i];
        b.PassOwner = passOwner;
        b.PassSteps = passOwner < 0 ? 0 : (int)MathF.Ceiling(PassTime / Step);
        b.Pose = pose;
        b.Velocity = velocity;
        b.Spin = spin;
        b.Held = false;
        b.Asleep = false;
        b.StillFor = 0;
    }

    /// <summary>Someone holds the body: it leaves the simulation (no gravity, no contacts) until released.</summary>
    public void Hold(int i, RigidPose pose)
    {
        var b = bodies[i];
        b.Held = true;
        b.Pose = pose;
        b.Velocity = b.Spin = Vector3.Zero;
    }

    /// <summary>Places a body at rest (put down): it sleeps there.</summary>
    public void Place(int i, RigidPose pose)
    {
        var b = bodies[i];
        b.Held = false;
        b.Pose = pose;
        b.Velocity = b.Spin = Vector3.Zero;
        b.Asleep = true;
    }

    /// <summary>An impulse (N·s) at a world point: a shove, a kick, a knock.</summary>
    public void Push(int i, Vector3 impulse, Vector3 at)
    {
        var b = bodies[i];
        if (b.Held) return;
        b.Asleep = false;
        b.StillFor = 0;
        b.Velocity += impulse * b.InverseMass;
        b.Spin += b.InverseInertiaTimes(Vector3.Cross(at - b.Pose.Position, impulse));
    }

    /// <summary>Advances the world by one fixed step.</summary>
    public void StepOnce()
    {
        const float dt = Step;
        foreach (var b in bodies)
        {
            if (!b.Moving) continue;
            b.Velocity += new Vector3(0, -Gravity * dt, 0);
            b.Velocity *= 1 - 0.02f * dt;
            b.Spin *= 1 - 0.05f * dt;
            b.Touching = false;
        }

        Collide(speculative: true);
        foreach (ref var c in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(contacts)) Prepare(ref c);
        for (int it = 0; it < VelocityIterations; it++)
            foreach (ref var c in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(contacts)) Solve(ref c);

        foreach (var b in bodies)
        {
            if (!b.Moving) continue;
            if (b.Touching)
            {
                float spin = b.Spin.Length(), loss = RollingResistance * Gravity / b.Spec.BoundingRadius * dt;
                b.Spin = spin <= loss ? Vector3.Zero : b.Spin * (1 - loss / spin);
            }
            var q = b.Pose.Orientation;
            var w = b.Spin * dt;
            var dq = new Quaternion(w.X, w.Y, w.Z, 0) * q;
            q = Quaternion.Normalize(new Quaternion(q.X + 0.5f * dq.X, q.Y + 0.5f * dq.Y, q.Z + 0.5f * dq.Z, q.W + 0.5f * dq.W));
            b.Pose = new RigidPose(b.Pose.Position + b.Velocity * dt, q);
        }

        // Push overlaps apart along their normals: the guarantee that nothing sinks in, whatever the velocities did.
        for (int it = 0; it < PositionIterations; it++)
        {
            Collide(speculative: false);
            if (contacts.Count == 0) break;
            foreach (var c in contacts) Separate(c);
        }

        foreach (var b in bodies)
        {
            if (!b.Moving) continue;
            if (b.PassSteps > 0) b.PassSteps--;
            bool still = b.Velocity.Length() < SleepSpeed && b.Spin.Length() < SleepSpin;
            b.StillFor = still ? b.StillFor + dt : 0;
            if (b.StillFor >= SleepAfter)
            {
                b.Asleep = true;
                b.Velocity = b.Spin = Vector3.Zero;
            }
        }
    }

    /// <summary>The deepest overlap now between any body and the ground, the set or another body, in metres (0 when none).</summary>
    public float DeepestPenetration()
    {
        float deepest = 0;
        for (int i = 0; i < bodies.Count; i++)
        {
            if (bodies[i].Held) continue;
            contacts.Clear();
            CollideWithWorld(i, 0, withPeople: false);
            for (int j = i + 1; j < bodies.Count; j++) if (!bodies[j].Held) CollidePair(i, j, 0);
            foreach (var c in contacts) deepest = MathF.Max(deepest, c.Depth);
        }
        contacts.Clear();
        return deepest;
    }

    /// <summary>How many bodies (not held) overlap the ground, the set or another body (people aside) by more than tolerance metres now.</summary>
    public int CountPenetrating(float tolerance)
    {
        int count = 0;
        for (int i = 0; i < bodies.Count; i++)
        {
            if (bodies[i].Held) continue;
            contacts.Clear();
            CollideWithWorld(i, 0, withPeople: false);
            for (int j = 0; j < bodies.Count; j++) if (j != i && !bodies[j].Held) CollidePair(i, j, 0);
            if (contacts.Any(c => c.Depth > tolerance)) count++;
        }
        contacts.Clear();
        return count;
    }

    /// <summary>Lets body i pass through the capsules of owner (−1: of no one) until the next step: a check's way to say who just let it go.</summary>
    public void PassThrough(int i, int owner)
    {
        bodies[i].PassOwner = owner;
        bodies[i].PassSteps = owner < 0 ? 0 : 1;
    }

    /// <summary>How many bodies (not held) reach into a person by more than tolerance metres now (their own releaser's arms excepted while passing).</summary>
    public int CountInPeople(float tolerance)
    {
        int count = 0;
        for (int i = 0; i < bodies.Count; i++)
        {
            if (bodies[i].Held) continue;
            contacts.Clear();
            CollidePeople(i, 0);
            if (contacts.Any(c => c.Depth > tolerance)) count++;
        }
        contacts.Clear();
        return count;
    }

    void Collide(bool speculative)
    {
        contacts.Clear();
        float margin = speculative ? Margin : 0;
        for (int i = 0; i < bodies.Count; i++)
        {
            var a = bodies[i];
            if (!a.Moving) continue;
            CollideWithWorld(i, margin);
            for (int j = 0; j < bodies.Count; j++)
            {
                if (j == i || bodies[j].Held) continue;
                if (bodies[j].Moving && j < i) continue;   // each moving pair once
                CollidePair(i, j, margin);
            }
        }
        if (!speculative)
        {
            // Only real overlaps need separating.
            contacts.RemoveAll(c => c.Depth <= 1e-6f);
        }
    }

    void CollideWithWorld(int i, float margin, bool withPeople = true)
    {
        var a = bodies[i];
        var spec = a.Spec;
        var pose = a.Pose;
        float reach = spec.BoundingRadius + margin;

        // The ground plane.
        if (pose.Position.Y - reach < Ground)
        {
            if (spec.Shape == ColliderShape.Sphere)
                AddContact(i, -1, pose.Position - new Vector3(0, spec.HalfExtents.X, 0), Vector3.UnitY, Ground - (pose.Position.Y - spec.HalfExtents.X), margin, spec.Restitution, spec.Friction);
            else
            {
                Solids.SurfacePoints(spec.Shape, spec.HalfExtents, pose, [-Vector3.UnitY], points);
                foreach (var p in points) AddContact(i, -1, p, Vector3.UnitY, Ground - p.Y, margin, spec.Restitution, spec.Friction);
            }
        }

        // The set's solid boxes.
        foreach (var box in statics)
        {
            if (!Near(box, pose.Position, reach)) continue;
            var centre = box.Centre;
            var half = box.Size * 0.5f;
            if (spec.Shape == ColliderShape.Sphere)
            {
                SphereAgainst(i, -1, pose.Position, spec.HalfExtents.X, ColliderShape.Box, half, new RigidPose(centre, Quaternion.Identity), margin, spec.Restitution, spec.Friction);
                continue;
            }
            Manifold(i, -1, spec, pose, ColliderShape.Box, half, new RigidPose(centre, Quaternion.Identity), margin, spec.Restitution, spec.Friction);
        }
        if (withPeople) CollidePeople(i, margin);
    }

    /// <summary>Contacts between body i and the people's capsules, which push it out and never move.</summary>
    void CollidePeople(int i, float margin)
    {
        var a = bodies[i];
        var spec = a.Spec;
        var pose = a.Pose;
        foreach (var cap in people)
        {
            if (a.PassSteps > 0 && cap.Owner == a.PassOwner) continue;
            var q = cap.Nearest(pose.Position);
            float reach = spec.BoundingRadius + cap.Radius + margin;
            if (Vector3.DistanceSquared(q, pose.Position) > reach * reach) continue;
            float mu = spec.Friction;
            if (spec.Shape == ColliderShape.Sphere)
            {
                var gap = pose.Position - q;
                float d = gap.Length();
                var n = d > 1e-6f ? gap / d : Vector3.UnitY;
                AddContact(i, -1, pose.Position - n * spec.HalfExtents.X, n, spec.HalfExtents.X + cap.Radius - d, margin, spec.Restitution, mu);
                continue;
            }
            // The solid's point nearest the bone, then every corner or rim point that reaches into the capsule.
            var inverse = Quaternion.Conjugate(pose.Orientation);
            var local = Vector3.Transform(q - pose.Position, inverse);
            if (Solids.Inside(spec.Shape, spec.HalfExtents, local, out float inside, out var outward))
                AddContact(i, -1, q, -Vector3.Transform(outward, pose.Orientation), inside + cap.Radius, margin, spec.Restitution, mu);
            else
            {
                var nearest = pose.ToWorld(Solids.Closest(spec.Shape, spec.HalfExtents, local));
                var gap = nearest - q;
                float d = gap.Length();
                if (d > 1e-6f) AddContact(i, -1, nearest, gap / d, cap.Radius - d, margin, spec.Restitution, mu);
            }
            var toward = Vector3.Normalize(q - pose.Position + new Vector3(0, 1e-4f, 0));
            Solids.SurfacePoints(spec.Shape, spec.HalfExtents, pose, [toward], points);
            foreach (var p in points)
            {
                var near = cap.Nearest(p);
                var gap = p - near;
                float d = gap.Length();
                if (d < 1e-6f || cap.Radius - d <= -margin) continue;
                AddContact(i, -1, p, gap / d, cap.Radius - d, margin, spec.Restitution, mu);
            }
        }
    }

    static bool Near(Aabb box, Vector3 p, float reach) =>
        p.X + reach > box.Min.X && p.X - reach < box.Max.X && p.Y + reach > box.Min.Y && p.Y - reach < box.Max.Y && p.Z + reach > box.Min.Z && p.Z - reach < box.Max.Z;

    void CollidePair(int i, int j, float margin)
    {
        var a = bodies[i];
        var b = bodies[j];
        float reach = a.Spec.BoundingRadius + b.Spec.BoundingRadius + margin;
        if (Vector3.DistanceSquared(a.Pose.Position, b.Pose.Position) > reach * reach) return;
        float e = 0.5f * (a.Spec.Restitution + b.Spec.Restitution);
        float mu = MathF.Sqrt(a.Spec.Friction * b.Spec.Friction);
        if (a.Spec.Shape == ColliderShape.Sphere)
        {
            SphereAgainst(i, j, a.Pose.Position, a.Spec.HalfExtents.X, b.Spec.Shape, b.Spec.HalfExtents, b.Pose, margin, e, mu);
            return;
        }
        if (b.Spec.Shape == ColliderShape.Sphere)
        {
            // Swap roles: the sphere is pushed out of a; record the contact as pushing a the other way.
            int before = contacts.Count;
            SphereAgainst(j, i, b.Pose.Position, b.Spec.HalfExtents.X, a.Spec.Shape, a.Spec.HalfExtents, a.Pose, margin, e, mu);
            for (int k = before; k < contacts.Count; k++)
            {
                var c = contacts[k];
                (c.A, c.B) = (c.B, c.A);
                c.Normal = -c.Normal;
                contacts[k] = c;
            }
            return;
        }
        Manifold(i, j, a.Spec, a.Pose, b.Spec.Shape, b.Spec.HalfExtents, b.Pose, margin, e, mu);
    }

    /// <summary>
    /// Contacts between a box or cylinder (body a) and a box or cylinder (b, or a static box when b is −1): the
    /// normal is the axis of least overlap among both solids' face axes (so a box lying on a box is pushed
    /// straight up, never sideways off a corner), and every surface point of either solid inside the other is a
    /// contact along it.
    /// </summary>
    void Manifold(int a, int b, BodySpec spec, RigidPose pose, ColliderShape other, Vector3 otherHalf, RigidPose otherPose, float margin, float e, float mu)
    {
        Span<Vector3> axes = stackalloc Vector3[8];
        int count = 0;
        foreach (var q in new[] { pose.Orientation, otherPose.Orientation })
        {
            axes[count++] = Vector3.Transform(Vector3.UnitX, q);
            axes[count++] = Vector3.Transform(Vector3.UnitY, q);
            axes[count++] = Vector3.Transform(Vector3.UnitZ, q);
        }
        var between = pose.Position - otherPose.Position;
        if (spec.Shape == ColliderShape.Cylinder) axes[count++] = Radial(between, axes[1]);
        if (other == ColliderShape.Cylinder) axes[count++] = Radial(between, axes[4]);

        float least = float.MaxValue;
        var normal = Vector3.UnitY;
        for (int k = 0; k < count; k++)
        {
            var l = axes[k];
            if (l.LengthSquared() < 0.5f) continue;
            var (minA, maxA) = Project(spec.Shape, spec.HalfExtents, pose, l);
            var (minB, maxB) = Project(other, otherHalf, otherPose, l);
            float overlap = MathF.Min(maxA - minB, maxB - minA);
            if (overlap < least - 1e-6f)
            {
                least = overlap;
                normal = Vector3.Dot(between, l) >= 0 ? l : -l;
            }
        }
        if (least <= -margin) return;

        float topOfB = Project(other, otherHalf, otherPose, normal).Max;
        float bottomOfA = Project(spec.Shape, spec.HalfExtents, pose, normal).Min;
        Span<Vector3> toward = [-normal, normal];
        var grownB = otherHalf + new Vector3(margin);
        var inverseB = Quaternion.Conjugate(otherPose.Orientation);
        Solids.SurfacePoints(spec.Shape, spec.HalfExtents, pose, toward, points);
        foreach (var p in points)
            if (Solids.Inside(other, grownB, Vector3.Transform(p - otherPose.Position, inverseB), out _, out _))
                AddContact(a, b, p, normal, topOfB - Vector3.Dot(p, normal), margin, e, mu);
        var grownA = spec.HalfExtents + new Vector3(margin);
        var inverseA = Quaternion.Conjugate(pose.Orientation);
        Solids.SurfacePoints(other, otherHalf, otherPose, toward, points);
        foreach (var p in points)
            if (Solids.Inside(spec.Shape, grownA, Vector3.Transform(p - pose.Position, inverseA), out _, out _))
                AddContact(a, b, p, normal, Vector3.Dot(p, normal) - bottomOfA, margin, e, mu);
    }

    static Vector3 Radial(Vector3 between, Vector3 axis)
    {
        var r = between - Vector3.Dot(between, axis) * axis;
        return r.LengthSquared() < 1e-8f ? Vector3.Zero : Vector3.Normalize(r);
    }

    /// <summary>The interval a solid covers along unit direction l, in metres.</summary>
    static (float Min, float Max) Project(ColliderShape shape, Vector3 h, RigidPose pose, Vector3 l)
    {
        float c = Vector3.Dot(pose.Position, l);
        var q = pose.Orientation;
        float extent = shape switch
        {
            ColliderShape.Sphere => h.X,
            ColliderShape.Cylinder => CylinderExtent(h, Vector3.Dot(Vector3.Transform(Vector3.UnitY, q), l)),
            _ => h.X * MathF.Abs(Vector3.Dot(Vector3.Transform(Vector3.UnitX, q), l)) + h.Y * MathF.Abs(Vector3.Dot(Vector3.Transform(Vector3.UnitY, q), l))
                + h.Z * MathF.Abs(Vector3.Dot(Vector3.Transform(Vector3.UnitZ, q), l)),
        };
        return (c - extent, c + extent);
    }

    static float CylinderExtent(Vector3 h, float along) => h.Y * MathF.Abs(along) + h.X * MathF.Sqrt(MathF.Max(0, 1 - along * along));

    void SphereAgainst(int a, int b, Vector3 centre, float radius, ColliderShape other, Vector3 otherHalf, RigidPose otherPose, float margin, float e, float mu)
    {
        var q = otherPose.Orientation;
        var local = Vector3.Transform(centre - otherPose.Position, Quaternion.Conjugate(q));
        if (other == ColliderShape.Sphere)
        {
            float d = local.Length();
            var n = d > 1e-6f ? local / d : Vector3.UnitY;
            float depth = radius + otherHalf.X - d;
            if (depth > -margin) AddContact(a, b, centre - Vector3.Transform(n, q) * radius, Vector3.Transform(n, q), depth, margin, e, mu);
            return;
        }
        if (Solids.Inside(other, otherHalf, local, out float inside, out var outward))
        {
            var n = Vector3.Transform(outward, q);
            AddContact(a, b, centre - n * radius, n, inside + radius, margin, e, mu);
            return;
        }
        var nearest = Solids.Closest(other, otherHalf, local);
        var gap = local - nearest;
        float dist = gap.Length();
        if (dist < 1e-6f || dist - radius > margin) return;
        var normal = Vector3.Transform(gap / dist, q);
        AddContact(a, b, centre - normal * radius, normal, radius - dist, margin, e, mu);
    }

    void AddContact(int a, int b, Vector3 point, Vector3 normal, float depth, float margin, float e, float mu)
    {
        if (depth <= -margin) return;
        if (b >= 0 && bodies[b].Asleep && bodies[a].Moving)
        {
            // A sleeping body is woken by a real blow; a gentle landing on it keeps it asleep (and immovable).
            var rel = bodies[a].Velocity + Vector3.Cross(bodies[a].Spin, point - bodies[a].Pose.Position);
            if (Vector3.Dot(rel, normal) < -BounceSpeed) { bodies[b].Asleep = false; bodies[b].StillFor = 0; }
        }
        contacts.Add(new Contact { A = a, B = b, Point = point, Normal = normal, Depth = depth, Restitution = e, Friction = mu });
    }

    Vector3 RelativeVelocity(in Contact c)
    {
        var a = bodies[c.A];
        var v = a.Velocity + Vector3.Cross(a.Spin, c.Point - a.Pose.Position);
        if (c.B >= 0 && bodies[c.B].Moving)
        {
            var b = bodies[c.B];
            v -= b.Velocity + Vector3.Cross(b.Spin, c.Point - b.Pose.Position);
        }
        return v;
    }

    float EffectiveMass(in Contact c, Vector3 dir)
    {
        var a = bodies[c.A];
        var ra = c.Point - a.Pose.Position;
        float k = a.InverseMass + Vector3.Dot(dir, Vector3.Cross(a.InverseInertiaTimes(Vector3.Cross(ra, dir)), ra));
        if (c.B >= 0 && bodies[c.B].Moving)
        {
            var b = bodies[c.B];
            var rb = c.Point - b.Pose.Position;
            k += b.InverseMass + Vector3.Dot(dir, Vector3.Cross(b.InverseInertiaTimes(Vector3.Cross(rb, dir)), rb));
        }
        return k;
    }

    void Prepare(ref Contact c)
    {
        float vn = Vector3.Dot(RelativeVelocity(c), c.Normal);
        float gap = -c.Depth;
        if (gap > 0)
            // Apart: it may close the gap this step; if it will hit hard, it bounces.
            c.Target = vn * Step < -gap && vn < -BounceSpeed ? -c.Restitution * vn : -gap / Step;
        else
            c.Target = vn < -BounceSpeed ? -c.Restitution * vn : 0;
        if (c.B == -1 || !bodies[c.B].Moving) bodies[c.A].Touching = true;
        else { bodies[c.A].Touching = true; bodies[c.B].Touching = true; }
    }

    void Solve(ref Contact c)
    {
        var rel = RelativeVelocity(c);
        float vn = Vector3.Dot(rel, c.Normal);
        float k = EffectiveMass(c, c.Normal);
        float lambda = (c.Target - vn) / k;
        float accumulated = MathF.Max(c.NormalImpulse + lambda, 0);
        lambda = accumulated - c.NormalImpulse;
        c.NormalImpulse = accumulated;
        Apply(c, c.Normal * lambda);

        // Friction opposes sliding, up to mu times the normal impulse.
        rel = RelativeVelocity(c);
        var tangent = rel - Vector3.Dot(rel, c.Normal) * c.Normal;
        float speed = tangent.Length();
        if (speed < 1e-7f) return;
        var dir = tangent / speed;
        float kt = EffectiveMass(c, dir);
        var wanted = c.FrictionImpulse - dir * (speed / kt);
        float limit = c.Friction * c.NormalImpulse;
        if (wanted.Length() > limit) wanted = wanted.Length() > 1e-9f ? Vector3.Normalize(wanted) * limit : Vector3.Zero;
        var delta = wanted - c.FrictionImpulse;
        c.FrictionImpulse = wanted;
        Apply(c, delta);
    }

    void Apply(in Contact c, Vector3 impulse)
    {
        var a = bodies[c.A];
        a.Velocity += impulse * a.InverseMass;
        a.Spin += a.InverseInertiaTimes(Vector3.Cross(c.Point - a.Pose.Position, impulse));
        if (c.B >= 0 && bodies[c.B].Moving)
        {
            var b = bodies[c.B];
            b.Velocity -= impulse * b.InverseMass;
            b.Spin -= b.InverseInertiaTimes(Vector3.Cross(c.Point - b.Pose.Position, impulse));
        }
    }

    void Separate(in Contact c)
    {
        var a = bodies[c.A];
        bool bMoves = c.B >= 0 && bodies[c.B].Moving;
        float wa = a.Moving ? a.InverseMass : 0, wb = bMoves ? bodies[c.B].InverseMass : 0;
        if (wa + wb <= 0) return;
        // A little more than the depth, so the next pass finds no sliver left.
        float push = c.Depth + 1e-5f;
        if (wa > 0) a.Pose = a.Pose with { Position = a.Pose.Position + c.Normal * (push * wa / (wa + wb)) };
        if (wb > 0)
        {
            var b = bodies[c.B];
            b.Pose = b.Pose with { Position = b.Pose.Position - c.Normal * (push * wb / (wa + wb)) };
        }
    }
}
