#version 450 core
// One axis of the occlusion's bilateral blur at half resolution: five taps weighted ½, 1, 1, 1, ½ (every phase of
// occlusion.frag's 4-pixel pattern counts once, so its grain cancels), each dropped where its depth differs from the
// centre's by more than a few per cent (no occlusion bleeds across a silhouette).
in vec2 vUv;
uniform sampler2D uSource;  // openness, view distance
uniform vec2 uStep;         // one half-resolution pixel along the axis, in uv
layout(location = 0) out vec2 outOcclusion;

void main()
{
    vec2 c = texture(uSource, vUv).xy;
    float tolerance = 0.04 * c.y + 0.05;
    float sum = c.x, weight = 1.0;
    for (int i = -2; i <= 2; i++)
    {
        if (i == 0) continue;
        vec2 s = texture(uSource, vUv + uStep * float(i)).xy;
        float w = (abs(i) == 2 ? 0.5 : 1.0) * clamp(1.0 - abs(s.y - c.y) / tolerance, 0.0, 1.0);
        sum += s.x * w;
        weight += w;
    }
    outOcclusion = vec2(sum / weight, c.y);
}
