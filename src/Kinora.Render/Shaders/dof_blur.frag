#version 450 core
// Depth of field, step two, at half resolution: a gather over a disk as wide as the pixel's circle of confusion
// (12 taps on a golden-angle spiral). A tap counts only where its own blur reaches this pixel, so a sharp
// subject does not smear into the blurred background behind it.
in vec2 vUv;
uniform sampler2D uPrep;
uniform vec2 uTexel;
uniform float uMaxRadius;
layout(location = 0) out vec4 outColour;

const vec2 spiral[12] = vec2[](
    vec2(0.2041, 0.0000), vec2(-0.2607, 0.2388), vec2(0.0399, -0.4547), vec2(0.3286, 0.4286),
    vec2(-0.6030, -0.1067), vec2(0.5712, -0.3634), vec2(-0.1911, 0.7107), vec2(-0.3644, -0.7016),
    vec2(0.7906, 0.2887), vec2(-0.8224, 0.3395), vec2(0.3965, -0.8472), vec2(0.2930, 0.9341));

void main()
{
    vec4 c0 = texture(uPrep, vUv);
    float radius = min(c0.a, uMaxRadius);
    vec3 sum = c0.rgb;
    float weight = 1.0;
    for (int i = 0; i < 12; i++)
    {
        vec2 offset = spiral[i] * radius;
        vec4 s = texture(uPrep, vUv + offset * uTexel);
        float w = clamp(min(s.a, uMaxRadius) - length(offset) + 1.0, 0.0, 1.0);
        sum += s.rgb * w;
        weight += w;
    }
    outColour = vec4(sum / weight, radius);
}
